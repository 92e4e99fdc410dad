package conformance.marqtune.report;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.SecretMask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The leak scan is right both ways with short and low-entropy keys: a clean run, whose files hold common sequences
 * and the suite's own example ids, is not LEAKED; a run that wrote the key, or a rare part of it, is, and the key is
 * masked in place, the file kept.
 */
class ShortKeyLeakScanTest {

    /** What a clean run writes beside the key's runs: the features' example id, common sequences, a UUID. */
    private static final String CLEAN = "GET /models/1234567890 -> 400 {\"statusCode\":400}\n"
            + "0123456789abcde 0000000000000000 aaaaaaaaaaaaaaaaaaaa abcdefghijklmnop qwertyuiop\n"
            + "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01 dev-key- key-0 0123-dev\n"
            + "get-model-conformance-verdict-result.json conformance-summary.md at java.util.concurrent.ForkJoinPool.scan\n";

    @TempDir
    Path written;

    static List<Arguments> keys() {
        return List.of(
                // the simulator's own docs: its run of 9 occurs in the example id 1234567890
                Arguments.of("dev-key-0123456789", "key-0123456"),
                Arguments.of("abcdefgh12345678", "efgh1234"),
                Arguments.of("aaaaaaaaaaaaaaaaaaaaaaaa", null),
                Arguments.of("0123456789abcdef", null),
                // runs of it are in what the suite writes itself: its name, its results' names, its classes' names
                Arguments.of("conformance-test-key-01", "ce-test-key-01"),
                Arguments.of("ForkJoinPool-Secret-9", "ool-Secret-9"));
    }

    @ParameterizedTest(name = "{0}: a clean run is not LEAKED")
    @MethodSource("keys")
    void aCleanRunIsNotLeaked(String key, String rarePart) throws IOException {
        Path file = Files.writeString(written.resolve("TEST-cucumber.xml"), CLEAN, StandardCharsets.UTF_8);

        assertThat(scan(key).scan(List.of(written))).isEmpty();
        assertThat(file).content().isEqualTo(CLEAN);
    }

    @ParameterizedTest(name = "{0}: the whole key is LEAKED, and masked in place")
    @MethodSource("keys")
    void theWholeKeyIsLeakedAndMaskedInPlace(String key, String rarePart) throws IOException {
        Path file = Files.writeString(written.resolve("TEST-cucumber.xml"), CLEAN + "x-api-key: " + key + "\n", StandardCharsets.UTF_8);
        LeakScan scan = scan(key);

        List<LeakScan.Finding> findings = scan.scan(List.of(written));
        assertThat(findings).hasSize(1);
        scan.redact(findings);

        assertThat(file).exists().content().startsWith(CLEAN).endsWith("x-api-key: [masked]\n").doesNotContain(key);
        assertThat(scan.scan(List.of(written))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: a rare part of it is LEAKED")
    @MethodSource("keys")
    void aRarePartOfTheKeyIsLeaked(String key, String rarePart) throws IOException {
        if (rarePart == null) {
            return;
        }
        Files.writeString(written.resolve("echo.json"), "{\"note\":\"" + rarePart + "\"}", StandardCharsets.UTF_8);

        assertThat(scan(key).scan(List.of(written))).hasSize(1);
    }

    /** The suite's features beside it: the example id 1234567890 is there. */
    private static LeakScan scan(String key) {
        return LeakScan.ofTheSuite(new SecretMask(new Secret(key)));
    }
}
