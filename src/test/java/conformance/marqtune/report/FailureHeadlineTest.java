package conformance.marqtune.report;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failure reads once: its headline on the test, its details in the failed step, and a verdict without a stack trace. */
class FailureHeadlineTest {

    private final FailureHeadline listener = new FailureHeadline();

    private static final RuleBroken VERDICT = RuleBroken.acrossExchanges("R3",
            List.of(new BrokenRule("the HTTP status is 400", "400", "404")), List.of("  reproduce: curl …"), text -> text);

    @Test
    void aVerdictsTestShowsTheHeadlineAloneAndItsStepTheDetailsWithoutAStackTrace() {
        TestResult test = new TestResult().setStatusDetails(ResultsUtils.getStatusDetails(VERDICT).orElseThrow());
        StepResult step = new StepResult().setStatusDetails(ResultsUtils.getStatusDetails(VERDICT).orElseThrow());

        listener.beforeTestWrite(test);
        listener.beforeStepStop(step);

        assertThat(test.getStatusDetails().getMessage()).isEqualTo("R3: the HTTP status is 400");
        assertThat(test.getStatusDetails().getTrace()).startsWith("expected and actual, the request, the response and the curl line: in the failed step");
        assertThat(step.getStatusDetails().getMessage()).isEqualTo("R3: the HTTP status is 400");
        assertThat(step.getStatusDetails().getTrace()).contains("expected:  400", "actual:    404", "reproduce: curl")
                .doesNotContain("\tat ", "RuleBroken");
    }

    @Test
    void anErrorWithoutAVerdictKeepsItsStackTrace() {
        StatusDetails details = ResultsUtils.getStatusDetails(new IllegalStateException("no model to check\nsecond line")).orElseThrow();
        StepResult step = new StepResult().setStatusDetails(details);

        listener.beforeStepStop(step);

        assertThat(step.getStatusDetails().getMessage()).isEqualTo("no model to check");
        assertThat(step.getStatusDetails().getTrace()).startsWith("second line").contains("IllegalStateException", "\tat ");
    }
}
