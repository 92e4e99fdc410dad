package conformance.marqtune.steps;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.Credential;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.sweep.SweepResult;
import conformance.marqtune.validation.SchemaValidator;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one scenario, created by picocontainer for each scenario and injected into every step
 * class that asks for it: the run it belongs to, its client, the key the client presents, the last
 * request's model id and response, its latency samples or sweep. What the coverage ledger must learn of
 * the scenario goes into the scenario's output as lines that start with one of the prefixes below.
 */
public final class ScenarioContext {

    /** The output line that says a documented response was observed. */
    public static final String OBSERVED = "Observed documented response ";
    /** The output line that carries the sweep's summary. */
    public static final String SWEEP = "Sweep result: ";
    /** The output line that counts 429 responses. */
    public static final String THROTTLED = "Throttled responses (429, waited out and sent again): ";

    private final SuiteRun run = SuiteRun.current();
    private final SuiteConfiguration configuration = run.configuration();
    private ModelsApi api;
    private Credential credential = Credential.VALID;
    private String requestedModelId;
    private ApiResponse response;
    private Optional<DocumentedResponse> covered = Optional.empty();
    private final List<ApiResponse> samples = new ArrayList<>();
    private final Set<DocumentedResponse> observed = EnumSet.noneOf(DocumentedResponse.class);
    private Scenario scenario;
    private SweepResult sweep;

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
        return run.schemas();
    }

    /** The model R1 is checked on: configured, or found once for the run in the listing. */
    public String configuredModelId() {
        return run.configuredModel().resolve(configuration, api());
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
        observe(answer);
    }

    public void recordResponse(ApiResponse answer) {
        this.requestedModelId = null;
        this.response = answer;
        observe(answer);
    }

    /** One answer of a latency scenario: its {@link ApiResponse#elapsed()} is the sample. */
    public void recordSample(ApiResponse answer) {
        samples.add(answer);
        observe(answer);
    }

    public List<ApiResponse> samples() {
        return List.copyOf(samples);
    }

    /** What the sweep found; the ledger reads its summary line from the scenario's output. */
    public void recordSweep(SweepResult result) {
        this.sweep = result;
        if (scenario != null) {
            scenario.log(SWEEP + result.summaryLine());
        }
    }

    public SweepResult sweep() {
        if (sweep == null) {
            throw new IllegalStateException("no sweep has run in this scenario: the When step must come first");
        }
        return sweep;
    }

    /** At the end of the scenario: its client's connections are shut. */
    public void close() {
        if (api != null) {
            api.close();
        }
    }

    /** At the end of the scenario: how many 429s its requests met, for the ledger. */
    public void reportThrottling() {
        int throttled = (api == null ? 0 : api.throttledResponses()) + (sweep == null ? 0 : sweep.throttledResponses());
        if (throttled > 0 && scenario != null) {
            scenario.log(THROTTLED + throttled);
        }
    }

    public void startScenario(Scenario current) {
        this.scenario = current;
        coverTags(current.getSourceTagNames());
    }

    /**
     * Notes in the scenario's output which documented response the target gave, once per response:
     * the coverage ledger reads these lines to say which responses the run actually observed.
     */
    private void observe(ApiResponse answer) {
        DocumentedResponse.observedIn(answer).filter(observed::add).ifPresent(seen -> {
            if (scenario != null) {
                scenario.log(OBSERVED + seen.label());
            }
        });
    }

    public ApiResponse response() {
        if (response == null) {
            throw new IllegalStateException("the scenario has sent no request yet: a When step must come first");
        }
        return response;
    }

    private void coverTags(Collection<String> tags) {
        covered = Arrays.stream(DocumentedResponse.values())
                .filter(response -> tags.contains("@" + response.name()))
                .findFirst();
    }

    /** How failure messages name what the scenario checks: its documented response, or else {@code fallback}. */
    public String label(String fallback) {
        return covered.map(DocumentedResponse::name).orElse(fallback);
    }

    /** Ends the scenario as skipped, with {@code reason} alone as what the report and the ledger say, unless {@code runnable}. */
    public void skipUnless(boolean runnable, String reason) {
        if (!runnable) {
            throw new TestAbortedException(reason);
        }
    }

    public Optional<String> requestedModelId() {
        return Optional.ofNullable(requestedModelId);
    }
}
