package conformance.marqtune.steps;

import conformance.marqtune.run.SuiteRun;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

/** What every scenario needs to know before its first step. */
public class ScenarioHooks {

    private final ScenarioContext context;

    public ScenarioHooks(ScenarioContext context) {
        this.context = context;
    }

    /** An unreachable target makes one failure of the run, not one per scenario: each scenario is reported as not run. */
    @Before(order = 0)
    public void skipWhenTheTargetCannotBeReached() {
        SuiteRun.current().targetUnreachable().ifPresent(reason -> {
            throw new TestAbortedException("not run: " + reason);
        });
    }

    @After
    public void finishTheScenario() {
        context.reportThrottling();
        context.close();
    }

    /** Failure messages name the documented response that the scenario's {@code @R1}…{@code @R6} tag says it covers. */
    @Before(order = 1)
    public void noteTheDocumentedResponse(Scenario scenario) {
        context.startScenario(scenario);
    }
}
