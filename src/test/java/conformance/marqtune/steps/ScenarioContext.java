package conformance.marqtune.steps;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.Credential;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.configuration.SuiteRun;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.validation.SchemaValidator;
import conformance.marqtune.contract.DocumentedResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * The state of one scenario, created by picocontainer for each scenario and injected into every step
 * class that asks for it: the configuration, the client, the key the client presents, and the last
 * request's model id and response.
 */
public final class ScenarioContext {

    private final SuiteConfiguration configuration = SuiteRun.current().configuration();
    private ModelsApi api;
    private SchemaValidator schemas;
    private Credential credential = Credential.VALID;
    private String requestedModelId;
    private ApiResponse response;
    private Optional<DocumentedResponse> covered = Optional.empty();

    public SuiteConfiguration configuration() {
        return configuration;
    }

    public ModelsApi api() {
        if (api == null) {
            api = new ModelsApi(configuration);
        }
        return api;
    }

    public SchemaValidator schemas() {
        if (schemas == null) {
            schemas = new SchemaValidator(Path.of("schemas"), configuration.strictSchemas());
        }
        return schemas;
    }

    public Credential credential() {
        return credential;
    }

    public void useCredential(Credential chosen) {
        this.credential = chosen;
    }

    public void recordModelRequest(String modelId, ApiResponse answer) {
        this.requestedModelId = modelId;
        this.response = answer;
    }

    public void recordResponse(ApiResponse answer) {
        this.requestedModelId = null;
        this.response = answer;
    }

    public ApiResponse response() {
        if (response == null) {
            throw new IllegalStateException("the scenario has sent no request yet: a When step must come first");
        }
        return response;
    }

    public void coverTags(Collection<String> tags) {
        covered = Arrays.stream(DocumentedResponse.values())
                .filter(response -> tags.contains("@" + response.name()))
                .findFirst();
    }

    /** How failure messages name what the scenario checks: its documented response, or else {@code fallback}. */
    public String label(String fallback) {
        return covered.map(DocumentedResponse::label).orElse(fallback);
    }

    public Optional<String> requestedModelId() {
        return Optional.ofNullable(requestedModelId);
    }
}
