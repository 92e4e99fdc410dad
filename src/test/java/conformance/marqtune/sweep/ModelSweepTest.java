package conformance.marqtune.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.client.RateLimit;
import conformance.marqtune.client.RequestLog;
import conformance.marqtune.client.RunPace;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.fixtures.MisbehavingServer;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.simulator.GetModelService;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorRequest;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import conformance.marqtune.validation.SchemaValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The sweep against the simulator: its verdict, its table, its rate, its throttling and its progress. */
class ModelSweepTest {

    /** Progress lines at most this often, not every 2 s: the mechanism is the same, and a sweep need not last seconds. */
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(300);

    private final SchemaValidator schemas = new SchemaValidator(SuiteRun.SCHEMAS, true);
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @Test
    void aCleanEnvironmentConformsModelByModel() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withGeneratedModels(20))) {
            SweepResult result = sweep(simulator, "marqtune.sweep.max", "0");

            assertThat(result.conforms()).as("%s", result.rows()).isTrue();
            assertThat(result.listed()).isEqualTo(24);
            assertThat(result.checked()).isEqualTo(24);
            assertThat(result.summaryLine()).isEqualTo("sweep: 24 models, 24 conform, 0 do not");
            assertThat(result.latenciesMillis()).hasSize(24);
        }
    }

    @Test
    void itChecksNoMoreModelsThanTheMaximum() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withGeneratedModels(20))) {
            SweepResult result = sweep(simulator, "marqtune.sweep.max", "5");

            assertThat(result.checked()).isEqualTo(5);
            assertThat(result.summaryLine()).isEqualTo("sweep: 5 models of 24 listed, 5 conform, 0 do not");
        }
    }

    @Test
    void aModelDeepInTheListThatBreaksARuleIsNamedWithTheRuleInTheTable() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys()
                .withDeviation(Deviation.R1_DEEP_RECORD_BROKEN))) {
            SweepResult result = sweep(simulator);

            assertThat(result.conforms()).isFalse();
            assertThat(result.nonconformingModels()).isEqualTo(1);
            assertThat(result.summaryLine()).isEqualTo("sweep: 4 models, 3 conform, 1 does not");
            assertThat(result.rows()).allSatisfy(row -> assertThat(row.curl()).startsWith("curl ")
                    .contains("/models/" + SeededModels.TRAINING_MODEL_ID).contains("$MARQTUNE_API_KEY"));
            assertThat(result.rows()).allSatisfy(row -> assertThat(row.modelId()).isEqualTo(SeededModels.TRAINING_MODEL_ID))
                    .anySatisfy(row -> assertThat(row.rule()).contains("$.body.instanceType breaks 'enum'"))
                    .anySatisfy(row -> assertThat(row.rule()).startsWith("the listed element: "));
            assertThat(result.csv()).startsWith(Nonconformity.CSV_HEADER + "\n\"" + SeededModels.TRAINING_MODEL_ID + "\",\"Training\",");
        }
    }

    @Test
    void aListingThatDisagreesWithTheDetailIsNamedFieldByField() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys()
                .withDeviation(Deviation.R1_LIST_AND_DETAIL_DISAGREE))) {
            SweepResult result = sweep(simulator);

            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.modelId()).isEqualTo(SeededModels.FAILED_MODEL_ID);
                assertThat(row.rule()).isEqualTo("the model agrees with its element of the listing on modelName");
                assertThat(row.expected()).isEqualTo("\"catalogue-clip-old\"");
                assertThat(row.actual()).isEqualTo("\"catalogue-clip\"");
            });
        }
    }

    /**
     * Coarse on purpose, so that a starved machine cannot fail it: every request waits for the rate limit
     * (whose schedule RateLimitTest checks on its own clock), so 26 requests at 20 a second take at least
     * 1.25 s; a busy machine only makes them slower. Nothing here counts arrivals per wall-clock second.
     * Long means longer than the time between progress lines, here {@link #PROGRESS_EVERY}.
     */
    @Test
    void aRateLimitedSweepTakesAtLeastWhatItsRateAllowsAndALongSweepReportsItsProgress() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withGeneratedModels(21))) {
            SweepResult result = sweep(simulator, "marqtune.sweep.max", "0", "marqtune.sweep.ratePerSecond", "20");

            assertThat(result.conforms()).isTrue();
            assertThat(result.checked()).isEqualTo(25);
            assertThat(simulator.requestsPerSecond().values().stream().mapToInt(Integer::intValue).sum())
                    .as("the listing and 25 models").isEqualTo(26);
            assertThat(result.took().toMillis()).as("26 requests at 20 a second").isGreaterThanOrEqualTo(1200);
            assertThat(progress.toString(StandardCharsets.UTF_8))
                    .containsPattern("Sweep: \\d+/25 models checked, \\d+ models/s, 0 non-conforming, about \\d+ s left");
        }
    }

    /** The listing and 14 models, every seventh request answered 429: two waits of the Retry-After, 1 s each. */
    @Test
    void aThrottlingEnvironmentIsWaitedOutAndStillConforms() {
        try (SimulatorServer throttling = SimulatorServer.start(SimulatorSettings.withRandomKeys().withGeneratedModels(10)
                .withThrottleEvery(7))) {
            SweepResult result = sweep(throttling, "marqtune.sweep.max", "0");

            assertThat(result.conforms()).as("%s", result.rows()).isTrue();
            assertThat(result.checked()).isEqualTo(14);
            assertThat(result.throttledResponses()).isPositive().isEqualTo(throttling.throttledRequests());
        }
    }

    @Test
    void modelsThatGetNoAnswerAreNoVerdictAndATargetThatDiesStopsTheSweep() {
        String listing = new GetModelService(SimulatorSettings.withRandomKeys().withApiKey("key-0123456789").withGeneratedModels(26))
                .handle(SimulatorRequest.of("GET", "/models", Optional.of("key-0123456789"))).bodyText();
        try (MisbehavingServer dying = MisbehavingServer.answersOnceThenGoesSilent(200, listing)) {
            SweepResult result = sweep(dying.baseUrl().toString(), "key-0123456789", "marqtune.sweep.max", "0",
                    "marqtune.timeout.readMs", "300", "marqtune.retries", "0");

            assertThat(result.rows()).as("no verdict on a model that got no answer").isEmpty();
            assertThat(result.checked()).isZero();
            assertThat(result.unreached()).isBetween(ModelSweep.GIVE_UP_AFTER, 12);
            assertThat(result.abandoned()).contains("in a row got no answer");
            assertThat(result.unreachedReasons()).first().asString().contains("Read timed out");
        }
    }

    private SweepResult sweep(SimulatorServer simulator, String... settings) {
        return sweep(simulator.baseUrl().toString(), simulator.settings().apiKey(), settings);
    }

    private SweepResult sweep(String baseUrl, String key, String... settings) {
        Properties properties = new Properties();
        properties.setProperty("marqtune.baseUrl", baseUrl);
        properties.setProperty("marqtune.sweep.ratePerSecond", "0"); // a local simulator; tests that want a rate set one
        for (int i = 0; i < settings.length; i += 2) {
            properties.setProperty(settings[i], settings[i + 1]);
        }
        SuiteConfiguration configuration = SuiteConfiguration.from(properties,
                Map.of("MARQTUNE_API_KEY", key), Path.of("environments"));
        RunPace pace = new RunPace(configuration.sweep().ratePerSecondFor(configuration.requireTarget()).map(RateLimit::perSecond),
                configuration.run().maxRun(), configuration.run().maxThrottleWait());
        return new ModelSweep(configuration, schemas, pace,
                new SweepProgress(new PrintStream(progress, true, StandardCharsets.UTF_8), PROGRESS_EVERY), RequestLog.NONE).run();
    }
}
