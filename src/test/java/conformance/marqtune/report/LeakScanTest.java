package conformance.marqtune.report;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.selfcheck.FeatureRun;
import conformance.marqtune.selfcheck.FeatureRunOutcome;
import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import io.qameta.allure.Allure;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The leak scan proven both ways: a full run of the features with a distinctive canary key, Allure
 * plugin and console capture on, against a server that echoes the key back in every response, leaves
 * no trace of it; and a leak planted in any form is found, by file, without the message repeating the key.
 * Its console capture swaps {@code System.out} but still prints all to it, so tests that only print (the
 * self-check) go on meanwhile; those that read what was printed hold the console for themselves.
 */
@ResourceLock("io.qameta.allure.Allure")
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class LeakScanTest {

    private static final String CANARY = "Canary-Key/LeakScan+Q7w9Z2x4=";
    private final LeakScan scan = LeakScan.ofTheSuite(new SecretMask(new Secret(CANARY)));

    @TempDir
    Path written;

    @Test
    void aFullRunAgainstAServerThatEchoesTheCanaryKeyLeavesNoTraceOfIt() throws IOException {
        Path results = written.resolve("allure-results");
        Path consoleLog = written.resolve("console.log");
        FeatureRunOutcome outcome = runWithAllure(CANARY, Deviation.ANY_ECHOES_KEY, Optional.empty(), new FeatureRun.Search(40, 3));

        // the echo breaks the schemas, so scenarios fail and their messages quote the responses: masked
        assertThat(outcome.caught()).as("scenarios whose failure messages quote an echoing response").hasSizeGreaterThan(10);
        assertThat(attachmentsMentioning(results, "x-api-key")).as("attachments that show the key header").isGreaterThan(10);
        assertThat(attachmentsMentioning(results, "apiKey")).as("responses that echoed the key, masked").isGreaterThan(10);
        assertThat(consoleLog).as("the console capture's file").exists();
        assertThat(scan.scan(List.of(results, consoleLog))).isEmpty();
    }

    /** The canary: a key of 36 characters, none of which URL- or JSON-escaping changes. */
    private static final String HOSTILE_CANARY = "mqk_Zt8Qp3LwX9vR2sNb7YcD4hJf6Ge1Ua5T";

    /**
     * Servers that echo the key where a naive mask misses it (across the cut of a message, escaped), or
     * that send without end: each is caught, and no file the run wrote holds the canary or any run of
     * twelve of its characters.
     */
    @ParameterizedTest
    @EnumSource(value = Deviation.class, names = {"ANY_ECHOES_KEY_ACROSS_THE_CUT", "ANY_ECHOES_KEY_ESCAPED", "R1_ENDLESS_BODY"})
    void aHostileServerIsCaughtAndLeavesNoRunOfTheKey(Deviation hostile) throws IOException {
        Path results = written.resolve("allure-results");
        Path consoleLog = written.resolve("console.log");
        FeatureRunOutcome outcome = runWithAllure(HOSTILE_CANARY, hostile, Optional.of(SeededModels.READY_MODEL_ID),
                FeatureRun.Search.OFF);

        assertThat(outcome.caught()).as("scenarios that caught %s", hostile).isNotEmpty();
        assertThat(LeakScan.ofTheSuite(new SecretMask(new Secret(HOSTILE_CANARY))).scan(List.of(results, consoleLog))).isEmpty();
        assertThat(runsOfTheKeyByFile(List.of(results, consoleLog), HOSTILE_CANARY, 12))
                .as("files holding a run of 12 characters of the key, with the runs' offsets in it").isEmpty();
        assertThat(sizeOf(results)).as("bytes of Allure results").isLessThan(20L << 20);
    }

    /** Every feature against a simulator with {@code key} and {@code deviation}, Allure and the console capture on, into {@link #written}. */
    private FeatureRunOutcome runWithAllure(String key, Deviation deviation, Optional<String> modelId, FeatureRun.Search search) {
        // the glue's attachments go to Allure's one lifecycle, as in the conformance run: it is swapped for the run's
        AllureLifecycle previous = Allure.getLifecycle();
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(written.resolve("allure-results"))));
        try (ConsoleCapture console = ConsoleCapture.start(written.resolve("console.log"), new SecretMask(new Secret(key)));
             SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withApiKey(key).withDeviation(deviation))) {
            return FeatureRun.against(simulator, modelId, List.of(new AllureCucumber7Jvm()), search);
        } finally {
            Allure.setLifecycle(previous);
        }
    }

    /** Each file under {@code roots} holding any run of {@code length} characters of {@code key}, with the runs' offsets: each file read once. */
    private static Map<Path, List<Integer>> runsOfTheKeyByFile(List<Path> roots, String key, int length) throws IOException {
        Map<Path, List<Integer>> holding = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                    List<Integer> runs = IntStream.rangeClosed(0, key.length() - length)
                            .filter(start -> text.contains(key.substring(start, start + length))).boxed().toList();
                    if (!runs.isEmpty()) {
                        holding.put(file, runs);
                    }
                }
            }
        }
        return holding;
    }

    private static long sizeOf(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    @Test
    void aPlantedLeakIsFoundInEveryFormAndNamedByFileNotByKey() throws IOException {
        Files.writeString(written.resolve("clean.txt"), "x-api-key: [masked]");
        Files.writeString(written.resolve("raw.html"), "<div>x-api-key: " + CANARY + "</div>");
        Files.writeString(written.resolve("case.txt"), CANARY.toUpperCase(Locale.ROOT));
        Files.writeString(written.resolve("url.txt"), "key=" + URLEncoder.encode(CANARY, StandardCharsets.UTF_8));
        Files.writeString(written.resolve("utf16.json"), "{\"apiKey\":\"" + CANARY + "\"}", StandardCharsets.UTF_16LE);
        for (int offset = 0; offset < 3; offset++) {
            String blob = "ab".substring(0, offset) + "{\"x-api-key\":\"" + CANARY + "\"}";
            Files.writeString(written.resolve("base64-" + offset + ".json"),
                    "{\"data\":\"" + Base64.getEncoder().encodeToString(blob.getBytes(StandardCharsets.UTF_8)) + "\"}");
        }

        List<LeakScan.Finding> findings = scan.scan(List.of(written));

        assertThat(findings).extracting(finding -> finding.file().getFileName().toString())
                .containsExactlyInAnyOrder("raw.html", "case.txt", "url.txt", "utf16.json", "base64-0.json", "base64-1.json",
                        "base64-2.json");
        assertThat(LeakScan.describe(findings)).contains("raw.html", "base64-2.json", "7 files").doesNotContainIgnoringCase(CANARY);
    }

    private static long attachmentsMentioning(Path results, String text) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(file -> file.getFileName().toString().contains("attachment")).filter(file -> {
                try {
                    return Files.readString(file).contains(text);
                } catch (IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
