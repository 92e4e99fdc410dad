package conformance.marqtune.steps;

import static org.assertj.core.api.Assumptions.assumeThat;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.Credential;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.validation.SchemaResult;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The requests of the scenarios: which model, which method, which path. */
public class GetModelSteps {

    private final ScenarioContext context;

    public GetModelSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the client asks for the configured model")
    public void theClientAsksForTheConfiguredModel() {
        askFor(configuredModelId());
    }

    @When("the client asks for a model id that names no model")
    public void theClientAsksForAModelIdThatNamesNoModel() {
        askFor(UUID.randomUUID().toString());
    }

    @When("the client asks for an upper-case model id that names no model")
    public void theClientAsksForAnUpperCaseModelIdThatNamesNoModel() {
        askFor(UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
    }

    @When("the client asks for a model id of {int} characters")
    public void theClientAsksForAModelIdOfCharacters(int length) {
        askFor("m".repeat(length));
    }

    /** Sequential on purpose: each sample measures one request alone, as a client would see it. */
    @When("the client asks for the configured model again and again")
    public void theClientAsksForTheConfiguredModelAgainAndAgain() {
        String modelId = configuredModelId();
        for (int sample = 0; sample < context.configuration().latencySamples(); sample++) {
            long start = System.nanoTime();
            ApiResponse response = context.api().getModel(modelId, context.credential());
            context.recordSample(response, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @When("the client asks for the model id {string}")
    public void theClientAsksForTheModelId(String modelId) {
        askFor(modelId);
    }

    @When("the client asks for the model that the environment fails on")
    public void theClientAsksForTheModelThatTheEnvironmentFailsOn() {
        Optional<String> trigger = context.configuration().serverErrorModelId();
        assumeThat(trigger)
                .as("R6 needs a model id that the target answers with 500; none is configured for %s "
                        + "(set %s or %s)", context.configuration().requireBaseUrl(),
                        SuiteConfiguration.SERVER_ERROR_MODEL_ID,
                        SuiteConfiguration.environmentVariable(SuiteConfiguration.SERVER_ERROR_MODEL_ID))
                .isPresent();
        askFor(trigger.orElseThrow());
    }

    @When("the client asks for a model with the method {word}")
    public void theClientAsksForAModelWithTheMethod(String method) {
        context.recordResponse(context.api().probeMethod(method, context.credential()));
    }

    @When("the client asks for {string}, which is not a route")
    public void theClientAsksForAPathThatIsNotARoute(String path) {
        context.recordResponse(context.api().getPath(path, context.credential()));
    }

    private String configuredModelId() {
        return context.configuration().modelId().orElseGet(this::firstListedModel);
    }

    private void askFor(String modelId) {
        context.recordModelRequest(modelId, context.api().getModel(modelId, context.credential()));
    }

    /** With no model configured, the first model that the listing names; the listing must conform too. */
    private String firstListedModel() {
        ApiResponse listing = context.api().listModels(Credential.VALID);
        String howToSet = "set " + SuiteConfiguration.MODEL_ID + " (or "
                + SuiteConfiguration.environmentVariable(SuiteConfiguration.MODEL_ID) + ") to the id of a model of this account";
        JsonNode body = listing.json().orElse(null);
        if (listing.status() != 200 || body == null) {
            throw new IllegalStateException("no model is configured and listing the models to find one failed: "
                    + listing.summary() + "; " + howToSet + "; reproduce: " + listing.exchange().curl());
        }
        SchemaResult result = context.schemas().validate("model-list", body);
        if (!result.passed()) {
            throw new IllegalStateException("no model is configured and the listing used to find one does not match "
                    + "the \"model-list\" schema:" + System.lineSeparator() + result.describeFailures()
                    + System.lineSeparator() + howToSet);
        }
        JsonNode models = body.path("body").path("models");
        if (models.isEmpty()) {
            throw new IllegalStateException("no model is configured and the account lists none; " + howToSet);
        }
        return models.get(0).path("modelId").asString();
    }
}
