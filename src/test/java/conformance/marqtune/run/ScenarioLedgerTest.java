package conformance.marqtune.run;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.report.RunObservations;
import conformance.marqtune.report.RunTimeline;
import conformance.marqtune.report.RunVerdict;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A scenario the suite's glue could not run is the suite's error: no verdict on the target, and never a broken rule. */
class ScenarioLedgerTest {

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"UNDEFINED", "AMBIGUOUS"})
    void aStepTheGlueCannotRunIsNoVerdictOnTheTarget(Status status) {
        ScenarioLedger ledger = new ScenarioLedger(new RunTimeline(), UnaryOperator.identity());
        Map<Class<?>, EventHandler<Object>> handlers = new HashMap<>();
        ledger.setEventPublisher(new EventPublisher() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> void registerHandlerFor(Class<T> event, EventHandler<T> handler) {
                handlers.put(event, (EventHandler<Object>) handler);
            }

            @Override
            public <T> void removeHandlerFor(Class<T> event, EventHandler<T> handler) {
            }
        });

        handlers.get(TestCaseFinished.class).receive(new TestCaseFinished(Instant.now(), scenario("the model is returned", "@documented", "@R1"),
                new Result(status, Duration.ZERO, null)));

        RunVerdict verdict = ledger.ledger().close(new RunObservations(), Optional.empty());
        assertThat(verdict.kind()).isEqualTo(RunVerdict.Kind.NO_VERDICT);
        assertThat(ledger.failures()).singleElement().extracting(FailedScenario::message).asString()
                .contains("in the suite's glue");
    }

    /** A scenario as Cucumber's events name it: its name, tags, place. */
    private static TestCase scenario(String name, String... tags) {
        return (TestCase) Proxy.newProxyInstance(TestCase.class.getClassLoader(), new Class<?>[] {TestCase.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getTags" -> List.of(tags);
                    case "getUri" -> URI.create("classpath:features/x.feature");
                    case "getLocation" -> new Location(3, 3);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
