package conformance.marqtune.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** What every scenario does before its first step and after its last. */
public class ScenarioHooks {

    private final ScenarioContext context;

    public ScenarioHooks(ScenarioContext context) {
        this.context = context;
    }

    /** An unreachable target makes one failure of the run, not one per scenario: each scenario is reported as not run. */
    @Before
    public void startTheScenario(Scenario scenario) {
        context.startScenario(scenario.getSourceTagNames());
    }

    @After
    public void finishTheScenario() {
        context.close();
    }
}
