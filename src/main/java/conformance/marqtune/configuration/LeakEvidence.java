package conformance.marqtune.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a run of a secret, met in a file the run wrote, proves. The whole secret proves a leak, and so does a run of
 * it in an escaped or encoded form (nobody writes those by chance). A part of it as written proves one only when
 * it is rare: not text of the suite's own (its features, schemas and contract, where an example id such as
 * {@code 1234567890} lives), not a common sequence (one character repeated, {@code 0123456789}, {@code abcdef}, a
 * short pattern repeated), and made of five distinct characters or more. Without this, a short key made of common
 * sequences, as in {@code dev-key-0123456789}, makes every clean run LEAKED.
 */
public final class LeakEvidence {

    /** Every run counts: what masking uses, since hiding too much is safe and showing too much is not. */
    static final LeakEvidence ANY_RUN = new LeakEvidence(null);

    /** A part of a key counts when it is rare, wherever it is met: for a response, which holds no text of the suite's. */
    public static final LeakEvidence RARE_RUNS = new LeakEvidence("");

    private static final int FEWEST_DISTINCT = 5;
    /** Orders people type characters in: a run of one of these (or of its reverse) is no one's secret. */
    private static final List<String> COMMON_ORDERS = List.of("0123456789abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
            "1234567890");

    /** The suite's own text, folded to lower case as the plain forms are; null when every run counts. */
    private final String suiteText;

    private LeakEvidence(String suiteText) {
        this.suiteText = suiteText;
    }

    /** Evidence weighed against the text of every file under {@code roots} (missing ones are passed over). */
    public static LeakEvidence against(List<Path> roots) {
        StringBuilder text = new StringBuilder();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    text.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the leak scan could not read the suite's own " + root, e);
            }
        }
        return ofText(text.toString());
    }

    static LeakEvidence ofText(String suiteText) {
        return new LeakEvidence(suiteText.toLowerCase(Locale.ROOT));
    }

    /** Whether a run of {@code length} characters of {@code form}, from {@code at}, is evidence of the secret. */
    boolean counts(SecretForm form, int at, int length) {
        if (suiteText == null || !form.plain() || at == 0 && length == form.text().length()) {
            return true;
        }
        String run = form.text().substring(at, at + length);
        return !suiteText.contains(run) && rare(run);
    }

    /** Five distinct characters or more; not a run of a common order (0-9a-z, qwerty), nor of one step, nor a pattern repeated. */
    static boolean rare(String run) {
        if (run.chars().distinct().count() < FEWEST_DISTINCT) {
            return false;
        }
        String folded = run.toLowerCase(Locale.ROOT);
        String reversed = new StringBuilder(folded).reverse().toString();
        if (COMMON_ORDERS.stream().anyMatch(order -> order.contains(folded) || order.contains(reversed))) {
            return false;
        }
        int step = run.charAt(1) - run.charAt(0);
        boolean sequence = true;
        for (int i = 2; i < run.length() && sequence; i++) {
            sequence = run.charAt(i) - run.charAt(i - 1) == step;
        }
        if (sequence) {
            return false;
        }
        for (int period = 1; period <= run.length() / 2; period++) {
            if (run.regionMatches(period, run, 0, run.length() - period)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return suiteText == null ? "LeakEvidence[any run]" : "LeakEvidence[" + suiteText.length() + " characters of the suite's own]";
    }
}
