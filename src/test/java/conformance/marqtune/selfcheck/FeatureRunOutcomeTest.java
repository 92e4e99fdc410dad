package conformance.marqtune.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import java.lang.reflect.Proxy;
import java.time.Duration;

/**
 * Only a check of the suite counts as a catch: a scenario that fails on an error of its own (a transport
 * failure, no model found, a bug in the glue) caught nothing, so a deviation cannot pass the self-check on it.
 */
class FeatureRunOutcomeTest {

    @Test
    void aBrokenRuleIsACatchAndAnErrorOfTheScenariosOwnIsNot() {
        AtomicInteger catches = new AtomicInteger();
        FeatureRunOutcome outcome = new FeatureRunOutcome(catches::incrementAndGet);

        outcome.finished(scenario("an error of its own"), failed(new IllegalStateException("no model to check")));
        outcome.finished(scenario("a check"), failed(RuleBroken.acrossExchanges("R3",
                List.of(new BrokenRule("the HTTP status is 400", "400", "200")), List.of(), UnaryOperator.identity())));

        assertThat(outcome.caught()).containsOnlyKeys("a check").containsValue("the HTTP status is 400");
        assertThat(outcome.failed()).containsOnlyKeys("a check", "an error of its own");
        assertThat(catches).as("runs stopped at a catch").hasValue(1);
    }

    private static Result failed(Throwable error) {
        return new Result(Status.FAILED, Duration.ZERO, error);
    }

    /** A scenario as Cucumber's events name it: only its name and tags are read. */
    private static TestCase scenario(String name) {
        return (TestCase) Proxy.newProxyInstance(TestCase.class.getClassLoader(), new Class<?>[] {TestCase.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getTags" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
