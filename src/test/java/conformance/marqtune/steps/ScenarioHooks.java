package conformance.marqtune.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** Tells the scenario's context which documented response the scenario covers, from its {@code @R1}…{@code @R6} tag. */
public class ScenarioHooks {

    private final ScenarioContext context;

    public ScenarioHooks(ScenarioContext context) {
        this.context = context;
    }

    @Before
    public void noteTheDocumentedResponse(Scenario scenario) {
        context.coverTags(scenario.getSourceTagNames());
    }
}
