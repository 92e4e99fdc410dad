package conformance.marqtune.steps;

import static conformance.marqtune.contract.ResponseAssert.assertThatResponse;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.contract.DocumentedResponse.Envelope;
import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.contract.Expected;
import io.cucumber.java.en.Then;
import java.util.Optional;

/**
 * What the documented responses promise of status, content type and envelope. Every broken rule of
 * one response is reported together, in one verdict, so that one run shows all that is wrong with it.
 */
public class ResponseSteps {

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

    /**
     * The refusal the contract's precedence gives the request (R3, or R5, or R2 where the id changes the path itself),
     * exactly, schema included: a 5xx is the failure this guards against.
     */
    @Then("the answer is a documented refusal, not a server error")
    public void theAnswerIsADocumentedRefusalNotAServerError() {
        context.check(response -> assertThatResponse(response, "no input gets a 500")
                .conformsTo(context.precedence().expectedFor(response.exchange().request()), context.judge()));
    }

    /**
     * The response the step names, which must be one the contract's precedence allows for the request sent: a feature
     * that names another contradicts the contract, an error of the suite, not a verdict on the target.
     */
    private void answers(DocumentedResponse named) {
        ApiResponse response = context.response();
        Expected expected = context.precedence().expectedFor(response.exchange().request());
        if (!expected.allows(named)) {
            throw new IllegalStateException("the feature expects " + named.label() + ", but the contract's precedence gives "
                    + expected + " for " + response.exchange());
        }
        context.check(judged -> assertThatResponse(judged, named.name()).answersAs(named));
    }
}
