package conformance.marqtune.steps;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.KeyKind;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.RequestLog;
import conformance.marqtune.client.RunPace;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SettingSources;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.contract.ScenarioTags;
import conformance.marqtune.contract.Judge;
import conformance.marqtune.contract.Precedence;
import conformance.marqtune.report.RunObservations;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.validation.SchemaValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * The state of one scenario, created by picocontainer for each scenario and injected into every step
 * class that asks for it: the run it belongs to, its client, the key the client presents, the last
 * request's model id and response, its latency samples. What the run must learn of the scenario
 * (the documented responses the target gave, 429s, the sweep's line) goes to the run's observations.
 */
public final class ScenarioContext {

    private final SuiteRun run;
    private ModelsApi api;
    private ModelsApi pacedApi;
    private KeyKind keyKind = KeyKind.VALID;
    private String requestedModelId;
    private ApiResponse response;
    private Optional<DocumentedResponse> covered = Optional.empty();
    private boolean exclusive;
    private final List<ApiResponse> samples = new ArrayList<>();
    private Precedence precedence;
    private Judge judge;

    public ScenarioContext(SuiteRun run) {
        this.run = run;
    }

    public SuiteConfiguration configuration() {
        return run.configuration();
    }

    public Target target() {
        return run.configuration().requireTarget();
    }

    public ModelsApi api() {
        if (api == null) {
            api = new ModelsApi(run.requests(), run.configuration().resends(), run.configuration().responses(),
                    run.pace().unpaced(), requestLog(1, false));
        }
        return api;
    }

    /**
     * A client whose every request waits for the run's rate limit: for the near-misses and the search, which
     * may send as many at a time as the sweep (the critical path counts them so).
     */
    public ModelsApi pacedApi() {
        if (pacedApi == null) {
            pacedApi = new ModelsApi(run.requests(), run.configuration().resends(), run.configuration().responses(),
                    run.pace(), requestLog(bulkConcurrency(), true));
        }
        return pacedApi;
    }

    /** How many bulk requests (the sweep's, the near-misses', the search's) go at a time, under the run's rate limit. */
    public int bulkConcurrency() {
        return run.configuration().sweep().concurrency();
    }

    /** Where a client of this scenario logs its requests' times, {@code concurrency} at a time, for the run's critical path. */
    public RequestLog requestLog(int concurrency, boolean paced) {
        return run.timeline().chain(concurrency, paced, exclusive);
    }

    /** The run's pace: its one rate limit of bulk requests, its deadline, its budget for 429s. */
    public RunPace pace() {
        return run.pace();
    }

    public RunObservations observations() {
        return run.observations();
    }

    public SchemaValidator schemas() {
        return run.schemas();
    }

    /** The run's one mask of its secrets. */
    public SecretMask secretMask() {
        return run.requests().mask();
    }

    /** The contract's one decision of what a request must get, with this run's keys and model. */
    public Precedence precedence() {
        if (precedence == null) {
            Target target = target();
            precedence = run.precedence(target.apiKey(), target.foreignApiKey(), this::modelUnderTest, target.serverErrorModelId());
        }
        return precedence;
    }

    /** The one judge of every response, with the run's schemas. */
    public Judge judge() {
        if (judge == null) {
            judge = new Judge(schemas());
        }
        return judge;
    }

    /** The model R1 is checked on: configured, or found once for the run in the listing. */
    public String modelUnderTest() {
        return run.model().id(api());
    }

    /** The id the environment answers with 500; the scenario is skipped, saying why, where there is none. */
    public String serverErrorTrigger() {
        skipUnless(target().serverErrorModelId().isPresent(), "R6 needs a model id that the target answers with 500; "
                + "none is configured for " + target().baseUrl() + " (set " + Target.SERVER_ERROR_MODEL_ID + " or "
                + SettingSources.environmentVariable(Target.SERVER_ERROR_MODEL_ID) + ")");
        return target().serverErrorModelId().orElseThrow();
    }

    /** The second account's key is configured; the scenario is skipped, saying why, where it is not. */
    public void requireForeignKey() {
        skipUnless(target().foreignApiKey().isPresent(), "no second account's key is configured for " + target().baseUrl()
                + " (set " + Target.FOREIGN_API_KEY + " or " + SettingSources.environmentVariable(Target.FOREIGN_API_KEY) + ")");
    }

    public KeyKind keyKind() {
        return keyKind;
    }

    public void useCredential(KeyKind chosen) {
        skipUnless(chosen.canBeMadeOf(target().apiKey()), "the configured API key has no letter whose case could change, so "
                + "there is no " + chosen.description() + " to send");
        this.keyKind = chosen;
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

    /** At the end of the scenario: its 429s are counted for the run, its client's connections shut, the target let go. */
    public void close() {
        for (ModelsApi used : new ModelsApi[] {api, pacedApi}) {
            if (used != null) {
                run.observations().throttled(used.throttledResponses());
                used.close();
            }
        }
        if (exclusive) {
            run.loadOnTheTarget().release();
        }
    }

    /** Before the first step: which documented response the scenario's {@code @R1}…{@code @R6} tag says it covers. */
    public void startScenario(Collection<String> tags) {
        run.targetUnreachable().ifPresent(reason -> {
            throw new TestAbortedException("not run: " + reason);
        });
        if (run.pace().timeIsUp()) {
            throw new TestAbortedException("not run: " + run.pace().spent().orElse("the run's time budget is spent"));
        }
        ScenarioTags read = ScenarioTags.of(tags);
        exclusive = read.runsAlone();
        covered = read.response();
        if (exclusive) {
            run.loadOnTheTarget().acquireUninterruptibly(); // the latency budget is not measured while the sweep loads the target
        }
    }

    /** Ends the scenario as skipped, with {@code reason} alone as what the report and the ledger say, unless {@code runnable}. */
    public void skipUnless(boolean runnable, String reason) {
        if (!runnable) {
            throw new TestAbortedException(reason);
        }
    }

    /** How failure messages name what the scenario checks: its documented response, or else {@code fallback}. */
    public String label(String fallback) {
        return covered.map(DocumentedResponse::name).orElse(fallback);
    }

    public Optional<String> requestedModelId() {
        return Optional.ofNullable(requestedModelId);
    }

    public ApiResponse response() {
        if (response == null) {
            throw new IllegalStateException("the scenario has sent no request yet: a When step must come first");
        }
        return response;
    }

    /**
     * Runs {@code check} on the scenario's response. A rule it finds broken takes the exchange along: the request,
     * the response and the curl line are attached to the step that failed, beside the verdict they prove.
     */
    public void check(java.util.function.Consumer<ApiResponse> check) {
        ApiResponse judged = response();
        try {
            check.accept(judged);
        } catch (conformance.marqtune.verdict.RuleBroken broken) {
            api().attach(judged);
            throw broken;
        }
    }

    /** The documented response the target gave, exactly, if any: the ledger's "observed" column. */
    private void observe(ApiResponse answer) {
        judge().documentedResponseOf(answer).ifPresent(run.observations()::observed);
    }
}
