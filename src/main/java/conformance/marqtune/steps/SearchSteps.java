package conformance.marqtune.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The seeded search of whole requests and of keys, within the run's budget of requests. */
public class SearchSteps {

    private final InputsContext inputs;

    public SearchSteps(InputsContext inputs) {
        this.inputs = inputs;
    }

    @When("the client searches the requests near the documented one, within its budget")
    public void theClientSearchesTheRequestsNearTheDocumentedOne() {
        inputs.searchRequests();
    }

    @When("the client searches the keys near the configured key, within its budget")
    public void theClientSearchesTheKeysNearTheConfiguredKey() {
        inputs.searchKeys();
    }

    @Then("every generated input is answered as documented")
    public void everyGeneratedInputIsAnsweredAsDocumented() {
        inputs.assertSearchFoundNothing();
    }
}
