package conformance.marqtune.steps;

import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.request.ApiRequest;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.When;
import java.util.Locale;
import java.util.UUID;

/** The requests of the scenarios: which model, which method, which path. */
public class GetModelSteps {

    private final ScenarioContext context;

    public GetModelSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the client asks for the configured model")
    public void theClientAsksForTheConfiguredModel() {
        askFor(context.modelUnderTest());
    }

    @When("the client asks for a model id that names no model")
    public void theClientAsksForAModelIdThatNamesNoModel() {
        askForFresh(UUID.randomUUID().toString());
    }

    @When("the client asks for an upper-case model id that names no model")
    public void theClientAsksForAnUpperCaseModelIdThatNamesNoModel() {
        askForFresh(UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
    }

    @When("the client asks for a model id of {int} characters")
    public void theClientAsksForAModelIdOfCharacters(int length) {
        askFor("m".repeat(length));
    }

    /**
     * Sequential on purpose: each sample measures one request alone, as a client would see it (the
     * request that got the answer: a wait that a 429 asked for is the client's, not the server's).
     */
    @When("the client asks for the configured model again and again")
    public void theClientAsksForTheConfiguredModelAgainAndAgain() {
        String modelId = context.modelUnderTest();
        for (int sample = 0; sample < context.configuration().latency().samples(); sample++) {
            context.recordSample(context.api().getModel(modelId, context.keyKind()));
        }
    }

    @When("the client asks for the model id {string}")
    public void theClientAsksForTheModelId(String modelId) {
        askFor(modelId);
    }

    @When("the client asks for the model that the environment fails on")
    public void theClientAsksForTheModelThatTheEnvironmentFailsOn() {
        askFor(context.serverErrorTrigger());
    }

    @When("the client asks for a model with the method {methodOtherThanGet}")
    public void theClientAsksForAModelWithTheMethod(String method) {
        context.recordResponse(context.api().probeMethod(method, context.keyKind()));
    }

    /** Paths next to the API's own, by what they are: the feature files name no URL. */
    @ParameterType("the singular model path|another API version's models path")
    public String nonRoute(String words) {
        return words.startsWith("the singular") ? "/model" : "/v2/models";
    }

    /**
     * The methods other than GET a scenario names: the writes, and some a framework or a gateway refuses by itself. Each
     * goes to a model id made up at random for it; any other word is not a step of this suite.
     */
    @ParameterType("POST|PUT|PATCH|OPTIONS|PROPFIND|get")
    public String methodOtherThanGet(String method) {
        return method;
    }

    @When("the client asks for {nonRoute}, which is not one of the API's routes")
    public void theClientAsksForAPathThatIsNotARoute(String path) {
        context.recordResponse(context.api().getPath(path, context.keyKind()));
    }

    private void askFor(String modelId) {
        context.recordModelRequest(modelId, context.api().getModel(modelId, context.keyKind()));
    }

    /** A GET of {@code modelId}, made up at random here: the contract's precedence knows it names no model. */
    private void askForFresh(String modelId) {
        KeyPresentation key = context.api().presentation(context.keyKind());
        ApiRequest request = key.appliedTo(ApiRequest.getModel(modelId, key.description()).forFreshId(modelId));
        context.recordModelRequest(modelId, context.api().send(request, ModelsApi.Attaching.EVERY_ANSWER));
    }
}
