package conformance.marqtune.steps;

import static conformance.marqtune.contract.ResponseAssert.assertThatResponse;

import conformance.marqtune.contract.DocumentedResponse;
import io.cucumber.java.en.Then;

/** What the page promises of the model beyond its shape. */
public class ModelSteps {

    private final ScenarioContext context;

    public ModelSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the model is the one that was asked for")
    public void theModelIsTheOneThatWasAskedFor() {
        String requested = context.requestedModelId()
                .orElseThrow(() -> new IllegalStateException("this step follows a request for one model id"));
        context.check(response -> assertThatResponse(response, DocumentedResponse.R1.name()).hasModelId(requested));
    }
}
