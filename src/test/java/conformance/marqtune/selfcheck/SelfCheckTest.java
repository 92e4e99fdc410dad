package conformance.marqtune.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.report.LeakScan;
import conformance.marqtune.simulator.ContentCoding;
import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The suite's proof of its own sensitivity: every feature passes against the clean simulator, and
 * fails against the simulator carrying each deviation of the catalogue, one at a time. Writes
 * {@code target/self-check/deviations.md}: which scenarios caught which deviation.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelfCheckTest {

    static final Path REPORT = Path.of("target", "self-check", "deviations.md");

    /** The deviations that no fixed scenario can catch, only the seeded search: it runs for them at a fixed seed. */
    static final Set<Deviation> SEARCH_ONLY = Set.of(Deviation.R5_ID_COMPARED_IN_PART, Deviation.R4_GOOGLE_KEY_HEADER_ACCEPTED);
    /** The deviations that send the key back or send without end run with a canary key: nothing of it may stay. */
    static final Set<Deviation> KEY_HOSTILE = Set.of(Deviation.ANY_ECHOES_KEY, Deviation.ANY_ECHOES_KEY_ACROSS_THE_CUT,
            Deviation.ANY_ECHOES_KEY_ESCAPED, Deviation.R1_ENDLESS_BODY);
    static final String CANARY = "mqk_Zt8Qp3LwX9vR2sNb7YcD4hJf6Ge1Ua5T";

    /** The clean runs search too, so that a search that cries wolf fails the build. */
    private static final FeatureRun.Search CLEAN_SEARCH = new FeatureRun.Search(100, 20261128);

    /**
     * Every run of the self-check goes here as the class starts, the clean runs first, and runs two at a time:
     * a deviation's run has its scenarios one at a time, on one core. Each run is handed to its own launches,
     * so a scenario that found another run than its own would meet another simulator, with other keys, and
     * fail a clean run.
     */
    private final ExecutorService twoAtATime = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "self-check");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Deviation, Map<String, String>> caughtBy = new LinkedHashMap<>();
    private CompletableFuture<Run> discovered;
    private CompletableFuture<Run> configured;
    private CompletableFuture<Run> throttled;
    private CompletableFuture<Run> upperCase;
    private CompletableFuture<Run> literalEscapes;
    private CompletableFuture<Run> jsonOtherwise;
    private final Map<Deviation, CompletableFuture<Run>> deviations = new LinkedHashMap<>();
    private FeatureRunOutcome clean;

    /**
     * What one run of the features saw: its outcome, the requests its simulator took that could have changed a
     * live environment's data, and how many it answered 429.
     */
    private record Run(FeatureRunOutcome outcome, List<String> unsafeRequests, int throttledRequests) {

        static Run against(SimulatorSettings settings, Function<SimulatorServer, FeatureRunOutcome> features) {
            try (SimulatorServer simulator = SimulatorServer.start(settings)) {
                FeatureRunOutcome outcome = features.apply(simulator);
                return new Run(outcome, simulator.unsafeRequests(), simulator.throttledRequests());
            }
        }
    }

    @BeforeAll
    void startEveryRun() {
        discovered = clean(SimulatorSettings.withRandomKeys(), Optional.empty());
        configured = clean(SimulatorSettings.withRandomKeys(), Optional.of(SeededModels.READY_MODEL_ID));
        throttled = clean(SimulatorSettings.withRandomKeys().withThrottleEvery(10).withRetryAfterSeconds(0), Optional.empty());
        upperCase = clean(SimulatorSettings.withRandomKeys().withUpperCaseIds(), Optional.of(SeededModels.READY_MODEL_ID));
        literalEscapes = clean(SimulatorSettings.withRandomKeys().withLiteralPercentEncoding(), Optional.of(SeededModels.READY_MODEL_ID));
        jsonOtherwise = clean(SimulatorSettings.withRandomKeys().withJsonWrittenOtherwise().withContentCoding(ContentCoding.ALWAYS),
                Optional.empty());
        for (Deviation deviation : Deviation.values()) {
            SimulatorSettings settings = SimulatorSettings.withRandomKeys().withDeviation(deviation);
            SimulatorSettings keyed = KEY_HOSTILE.contains(deviation) ? settings.withApiKey(CANARY) : settings;
            deviations.put(deviation, CompletableFuture.supplyAsync(() -> Run.against(keyed, simulator -> FeatureRun.untilCaught(
                    simulator, Optional.of(SeededModels.READY_MODEL_ID),
                    SEARCH_ONLY.contains(deviation) ? new FeatureRun.Search(400, 1) : FeatureRun.Search.OFF,
                    suspect(deviation))), twoAtATime));
        }
    }

    private CompletableFuture<Run> clean(SimulatorSettings settings, Optional<String> modelId) {
        return CompletableFuture.supplyAsync(() -> Run.against(settings, simulator -> FeatureRun.against(simulator,
                modelId, List.of(), CLEAN_SEARCH)), twoAtATime);
    }

    @Test
    @Order(1)
    void everyScenarioPassesAgainstTheCleanSimulatorWithTheModelDiscovered() throws Throwable {
        clean = passedEverywhere(discovered).outcome();
        progress("the clean simulator, model discovered: " + clean.passed().size() + " scenarios passed");
    }

    @Test
    @Order(2)
    void everyScenarioPassesAgainstTheCleanSimulatorWithTheModelConfigured() throws Throwable {
        progress("the clean simulator, model configured: " + passedEverywhere(configured).outcome().passed().size()
                + " scenarios passed");
    }

    /**
     * A throttled environment is no failure: every 429 is waited out and the request sent again. Every tenth
     * request, not beyond a rate: how fast a busy machine sends must not decide whether the check can fail.
     * Each 429 asks for no wait ({@code Retry-After: 0}): this is about every kind of scenario resending; that
     * the wait asked for is kept is proven by ResendPolicyTest, HostileTargetTest and ModelSweepTest (1 s waits).
     */
    @Test
    @Order(3)
    void everyScenarioPassesAgainstASimulatorThatThrottlesEveryTenthRequest() throws Throwable {
        Run run = passedEverywhere(throttled);
        assertThat(run.throttledRequests()).as("requests the simulator answered 429").isPositive();
        progress("a simulator answering 429 to every tenth request: " + run.outcome().passed().size() + " scenarios passed, "
                + run.throttledRequests() + " requests answered 429 and sent again");
    }

    /** UUIDs are case-insensitive: a server that echoes ids in upper case, its listing in lower case, conforms. */
    @Test
    @Order(3)
    void everyScenarioPassesAgainstASimulatorThatEchoesIdsInUpperCase() throws Throwable {
        progress("a simulator echoing ids in upper case: " + passedEverywhere(upperCase).outcome().passed().size()
                + " scenarios passed");
    }

    /**
     * Percent-encoding is the one choice the contract leaves: a server may decode an escaped unreserved character once,
     * as the default simulator does, or read it as sent. One that reads it as sent conforms too.
     */
    @Test
    @Order(3)
    void everyScenarioPassesAgainstASimulatorThatReadsPercentEncodingAsSent() throws Throwable {
        progress("a simulator reading percent-encoding as sent: " + passedEverywhere(literalEscapes).outcome().passed().size()
                + " scenarios passed");
    }

    /**
     * Bodies are compared as JSON values, after their content coding: a simulator that writes every answer in another
     * way RFC 8259 allows for the same values (members reversed, names and strings escaped, integers in exponent
     * notation), and sends it in gzip whatever the request accepts, as a CDN does, conforms, listing and sweep included.
     */
    @Test
    @Order(3)
    void everyScenarioPassesAgainstASimulatorThatWritesItsJsonOtherwiseAndCompressesIt() throws Throwable {
        progress("a simulator writing its JSON otherwise, in gzip: " + passedEverywhere(jsonOtherwise).outcome().passed().size()
                + " scenarios passed");
    }

    private static Run passedEverywhere(CompletableFuture<Run> clean) throws Throwable {
        Run run = joined(clean);
        assertThat(run.unsafeRequests()).as("requests that could have changed a live environment's data").isEmpty();
        assertThat(run.outcome().failed()).as("scenarios that failed against the clean simulator, with the rule each broke").isEmpty();
        assertThat(run.outcome().skipped()).as("scenarios skipped although the simulator serves them").isEmpty();
        assertThat(run.outcome().passed()).as("scenarios run against the clean simulator").isNotEmpty();
        return run;
    }

    /** Each deviation against the path a live run takes: the model for R1 configured, not discovered. */
    @TestFactory
    @Order(4)
    List<DynamicTest> everyDeviationIsCaughtByAtLeastOneScenario() {
        return deviations.entrySet().stream().map(each -> {
            Deviation deviation = each.getKey();
            return DynamicTest.dynamicTest(deviation.cliName() + ": " + deviation.sentence(), () -> {
                Run run = joined(each.getValue());
                assertThat(run.unsafeRequests()).as("requests that could have changed a live environment's data").isEmpty();
                caughtBy.put(deviation, run.outcome().caught());
                assertThat(run.outcome().caught().keySet())
                        .as("deviation %s (the server %s) went uncaught: no check reported a broken rule; other failures: %s",
                                deviation.cliName(), deviation.sentence(), run.outcome().failed())
                        .isNotEmpty();
            });
        }).toList();
    }

    /** What {@code run} gave; what it threw, thrown here as it was. */
    private static Run joined(CompletableFuture<Run> run) throws Throwable {
        try {
            return run.join();
        } catch (CompletionException failed) {
            throw failed.getCause();
        }
    }

    /**
     * The tag of the documented response a deviation breaks, which its name starts with ({@code r3-…} breaks
     * R3): its run tries those scenarios first. None for a deviation of any response ({@code any-…}).
     */
    static Optional<String> suspect(Deviation deviation) {
        String response = deviation.cliName().substring(0, 2);
        return response.matches("r[1-6]") ? Optional.of("@R" + response.charAt(1)) : Optional.empty();
    }

    /** One line per phase: the self-check takes seconds, and a person should see that it moves. */
    private static void progress(String phase) {
        System.out.println("Self-check: " + phase);
    }

    @AfterAll
    void writeTheTable() throws IOException {
        twoAtATime.shutdownNow();
        long caught = caughtBy.values().stream().filter(scenarios -> !scenarios.isEmpty()).count();
        String headline = "deviations caught: " + caught + "/" + Deviation.values().length;
        List<String> lines = DeviationsTable.lines(headline, caughtBy, Optional.ofNullable(clean));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, String.join(System.lineSeparator(), lines) + System.lineSeparator(), StandardCharsets.UTF_8);
        assertThat(LeakScan.ofTheSuite(new SecretMask(new Secret(CANARY))).scan(List.of(REPORT.getParent())))
                .as("files of the self-check holding the canary key, or a run of 12 of its characters").isEmpty();
        System.out.println("Self-check: " + headline + " (" + REPORT + ")");
    }
}
