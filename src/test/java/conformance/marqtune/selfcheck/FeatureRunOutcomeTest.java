package conformance.marqtune.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Only a check of the suite counts as a catch: a scenario that fails on an error of its own (a transport
 * failure, no model found, a bug in the glue) caught nothing, so a deviation cannot pass the self-check on it.
 */
class FeatureRunOutcomeTest {

    @Test
    void aBrokenRuleIsACatchAndAnErrorOfTheScenariosOwnIsNot() {
        AtomicInteger catches = new AtomicInteger();
        FeatureRunOutcome outcome = new FeatureRunOutcome(catches::incrementAndGet);

        outcome.executionFinished(scenario("an error of its own"),
                TestExecutionResult.failed(new IllegalStateException("no model to check")));
        outcome.executionFinished(scenario("a check"), TestExecutionResult.failed(RuleBroken.acrossExchanges("R3",
                List.of(new BrokenRule("the HTTP status is 400", "400", "200")), List.of(), UnaryOperator.identity())));

        assertThat(outcome.caught()).containsOnlyKeys("a check").containsValue("the HTTP status is 400");
        assertThat(outcome.failed()).containsOnlyKeys("a check", "an error of its own");
        assertThat(catches).as("runs stopped at a catch").hasValue(1);
    }

    private static TestIdentifier scenario(String name) {
        return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.forEngine("cucumber").append("scenario", name), name) {
            @Override
            public Type getType() {
                return Type.TEST;
            }
        });
    }
}
