package conformance.marqtune.steps;

import static conformance.marqtune.contract.ResponseAssert.assertThatResponse;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.contract.DocumentedResponse.Envelope;
import conformance.marqtune.contract.DocumentedResponse;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;

/**
 * What the documented responses promise of status, content type and envelope. Every broken rule of
 * one response is reported together, in one verdict, so that one run shows all that is wrong with it.
 */
public class ResponseSteps {

    private static final List<DocumentedResponse> REFUSALS = List.of(DocumentedResponse.R2, DocumentedResponse.R3,
            DocumentedResponse.R5);

    private final ScenarioContext context;

    public ResponseSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the service answers {int} with the model")
    public void theServiceAnswersWithTheModel(int status) {
        answers(DocumentedResponse.of(Envelope.SERVICE, status, Optional.empty()));
    }

    @Then("the service answers {int} {string}")
    public void theServiceAnswers(int status, String message) {
        answers(DocumentedResponse.of(Envelope.SERVICE, status, Optional.of(message)));
    }

    @Then("the gateway answers {int} {string}")
    public void theGatewayAnswers(int status, String message) {
        answers(DocumentedResponse.of(Envelope.GATEWAY, status, Optional.of(message)));
    }

    /** Any of the service's documented refusals (R2, R3, R5), exactly as documented; a 5xx is the failure this guards against. */
    @Then("the answer is a documented refusal, not a server error")
    public void theAnswerIsADocumentedRefusalNotAServerError() {
        ApiResponse response = context.response();
        assertThatResponse(response, "R2, R3 or R5 (no input gets a 500)").isOneOf(REFUSALS)
                .matches(context.schemas().validate("service-error", response.json().orElseThrow()));
    }

    private void answers(DocumentedResponse expected) {
        assertThatResponse(context.response(), expected.name()).answersAs(expected);
    }
}
