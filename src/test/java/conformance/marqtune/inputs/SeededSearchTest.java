package conformance.marqtune.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.Pace;
import conformance.marqtune.configuration.Resends;
import conformance.marqtune.configuration.ResponseLimits;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Timeouts;
import conformance.marqtune.contract.CanonicalUuid;
import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.contract.Judge;
import conformance.marqtune.contract.Precedence;
import conformance.marqtune.report.InMemoryAllure;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import conformance.marqtune.validation.SchemaValidator;
import io.qameta.allure.model.Attachment;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seeded search earns its place: the bugs no family names, one edit away from the documented request (a lookup
 * that ignores three digits of an id; a key read from a place no family sends it to), are found and shrunk to that
 * one edit within the simulator's default budget, for each of 20 fixed seeds; and conformant servers, in either case
 * of id and either reading of percent-encoding, give it nothing to find. Its tests are long chains of requests, each
 * against a simulator of its own: they run beside each other, not one after another.
 */
@Execution(ExecutionMode.CONCURRENT)
class SeededSearchTest {

    /** The share of the default simulator budget of 400 that the search of requests gets. */
    private static final int REQUEST_BUDGET = 300;
    private static final Judge JUDGE = new Judge(new SchemaValidator(SuiteRun.SCHEMAS, true));

    @ParameterizedTest
    @EnumSource(value = Deviation.class, names = {"R5_ID_COMPARED_IN_PART", "R4_GOOGLE_KEY_HEADER_ACCEPTED"})
    void aBugNoFamilyCatchesIsFoundAndShrunkToItsOneEditForEachOfTwentySeeds(Deviation deviation) {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withDeviation(deviation));
             ModelsApi api = api(simulator)) {
            LongStream.rangeClosed(1, 20).forEach(seed -> {
                SeededSearch.Outcome outcome = searchRequests(api, seed, REQUEST_BUDGET, new NearMissReport(), 4);

                assertThat(outcome.finding()).as("seed %d", seed).hasValueSatisfying(finding -> {
                    assertThat(finding.shrunkEdits()).as("seed %d: the edits left after shrinking: %s", seed, finding.shrunk()).isEqualTo(1);
                    // the curl line of the input it shrank to (CurlReplayTest: such lines send exactly their request)
                    assertThat(finding.wrong().curl()).startsWith("curl ").contains(simulator.baseUrl().toString())
                            .doesNotContain(simulator.settings().apiKey());
                    if (deviation == Deviation.R5_ID_COMPARED_IN_PART) {
                        assertThat(finding.shrunk()).as("seed %d", seed).containsPattern("replace id\\[1[5-7]]");
                        assertThat(finding.wrong().answer()).contains("R1").contains(SeededModels.READY_MODEL_ID);
                    } else {
                        assertThat(finding.shrunk()).as("seed %d", seed).contains("the key in X-Goog-Api-Key instead");
                        assertThat(finding.shrunkInput()).doesNotContain(simulator.settings().apiKey());
                    }
                });
                assertThat(outcome.requests()).isLessThanOrEqualTo(REQUEST_BUDGET + 3);
            });
        }
    }

    @Test
    void conformantServersGiveItNothingToFind() {
        for (SimulatorSettings settings : List.of(SimulatorSettings.withRandomKeys(), SimulatorSettings.withRandomKeys().withUpperCaseIds(),
                SimulatorSettings.withRandomKeys().withLiteralPercentEncoding())) {
            try (SimulatorServer simulator = SimulatorServer.start(settings); ModelsApi api = api(simulator)) {
                NearMissReport requests = new NearMissReport();
                SeededSearch.Outcome outcome = searchRequests(api, 7, 200, requests, 4);
                NearMissReport keys = new NearMissReport();
                SeededSearch.Outcome keyOutcome = NearMisses.searchKeys(api, precedence(api), JUDGE, seeds(api), 7, 100, keys, 4);

                assertThat(outcome.finding()).as("%s", requests.tried().stream().filter(t -> !t.asDocumented()).toList()).isEmpty();
                assertThat(keyOutcome.finding()).as("%s", keys.tried().stream().filter(t -> !t.asDocumented()).toList()).isEmpty();
                assertThat(requests.tried()).hasSize(200);
                assertThat(keys.tried()).hasSize(100);
                assertThat(requests.tried()).as("inputs answered as the model, and refused as each part's near-miss")
                        .anyMatch(tried -> tried.expected().allows(DocumentedResponse.R1))
                        .anyMatch(tried -> tried.expected().allows(DocumentedResponse.R2))
                        .anyMatch(tried -> tried.expected().allows(DocumentedResponse.R3))
                        .anyMatch(tried -> tried.expected().allows(DocumentedResponse.R4));
            }
        }
    }

    /** Four inputs at a time find and shrink exactly what one at a time does, with at most three requests more. */
    @Test
    void theSameSeedFindsTheSameWhateverTheConcurrency() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys()
                .withDeviation(Deviation.R5_ID_COMPARED_IN_PART)); ModelsApi api = api(simulator)) {
            LongStream.rangeClosed(1, 5).forEach(seed -> {
                SeededSearch.Finding alone = searchRequests(api, seed, REQUEST_BUDGET, new NearMissReport(), 1).finding().orElseThrow();
                SeededSearch.Finding fourAtATime = searchRequests(api, seed, REQUEST_BUDGET, new NearMissReport(), 4).finding().orElseThrow();

                assertThat(fourAtATime.found()).as("seed %d", seed).isEqualTo(alone.found());
                assertThat(fourAtATime.shrunkInput()).as("seed %d", seed).isEqualTo(alone.shrunkInput());
                assertThat(fourAtATime.requests()).as("seed %d", seed).isBetween(alone.requests(), alone.requests() + 3);
            });
        }
    }

    /** The search attaches in full the exchanges of the inputs answered otherwise than documented, and no other: its table lists them all. */
    @Test
    @ResourceLock("io.qameta.allure.Allure")
    void onlyTheInputsAnsweredOtherwiseThanDocumentedAreAttached() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys()
                .withDeviation(Deviation.R5_ID_COMPARED_IN_PART)); ModelsApi api = api(simulator)) {
            NearMissReport report = new NearMissReport();
            InMemoryAllure written = InMemoryAllure.run(() -> searchRequests(api, 1, REQUEST_BUDGET, report, 4));
            long wrong = report.tried().stream().filter(tried -> !tried.asDocumented()).count();
            List<String> attached = written.results().get(0).getAttachments().stream().map(Attachment::getName).toList();

            assertThat(wrong).as("inputs answered otherwise than documented").isPositive().isLessThan(report.tried().size());
            assertThat(attached).as("responses attached").filteredOn("Response"::equals).hasSize((int) wrong);
            assertThat(attached).as("requests attached").filteredOn("Request"::equals).hasSize((int) wrong);
        }
    }

    @Test
    void theSameSeedSendsTheSameInputs() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys()); ModelsApi api = api(simulator)) {
            NearMissReport first = new NearMissReport();
            NearMissReport second = new NearMissReport();
            searchRequests(api, 42, 30, first, 1);
            searchRequests(api, 42, 30, second, 1);

            assertThat(second.tried()).extracting(NearMissOutcome::input).containsExactlyElementsOf(first.tried().stream().map(NearMissOutcome::input).toList());
        }
    }

    private static SeededSearch.Outcome searchRequests(ModelsApi api, long seed, int budget, NearMissReport report, int concurrency) {
        return NearMisses.searchRequests(api, precedence(api), JUDGE, seeds(api), seed, budget, report, concurrency);
    }

    private static Seeds seeds(ModelsApi api) {
        return new Seeds(SeededModels.READY_MODEL_ID, NearMisses.randomSeed(), api.target().apiKey().reveal());
    }

    private static Precedence precedence(ModelsApi api) {
        return new Precedence(api.target().apiKey(), api.target().foreignApiKey(), () -> SeededModels.READY_MODEL_ID,
                api.target().serverErrorModelId(), CanonicalUuid::matches);
    }

    private static ModelsApi api(SimulatorServer simulator) {
        Target target = Target.simulator(simulator.baseUrl(), new Secret(simulator.settings().apiKey()),
                new Secret(simulator.settings().foreignApiKey()), SeededModels.SERVER_ERROR_MODEL_ID);
        return new ModelsApi(target, new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new Resends(0, 0), ResponseLimits.DEFAULTS, Pace.unlimited());
    }
}
