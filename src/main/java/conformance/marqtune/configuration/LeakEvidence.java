package conformance.marqtune.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a secret's run, met in a file the run wrote, proves. The whole secret, or a run of an escaped or encoded form,
 * proves a leak. A plain part proves one only when rare: not the suite's own text (where an example id such as
 * {@code 1234567890} lives), not a common sequence, and of five distinct characters or more; else a key like
 * {@code dev-key-0123456789} makes every clean run LEAKED.
 */
public final class LeakEvidence {

    /** Every run counts: what masking uses, since hiding too much is safe and showing too much is not. */
    static final LeakEvidence ANY_RUN = new LeakEvidence(null);

    /** A part of a key counts when it is rare, wherever it is met: for a response, which holds no text of the suite's. */
    public static final LeakEvidence RARE_RUNS = new LeakEvidence(part -> false);

    private static final int FEWEST_DISTINCT = 5;
    /** Orders people type characters in: a run of one of these (or of its reverse) is no one's secret. */
    private static final List<String> COMMON_ORDERS = List.of("0123456789abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
            "1234567890");

    /** Whether the suite's own text holds a part (folded to lower case, as the plain forms are); null: every run counts. */
    private final Predicate<String> inSuiteText;

    private LeakEvidence(Predicate<String> inSuiteText) {
        this.inSuiteText = inSuiteText;
    }

    /**
     * Weighed against the suite's own text: files under {@code roots}, {@code names}, and every class and resource name
     * on the class path, which stack traces write. Read only when a part of a key is met.
     */
    public static LeakEvidence against(List<Path> roots, List<String> names) {
        return new LeakEvidence(lookedUpOnce(() -> {
            StringBuilder text = new StringBuilder(String.join("\n", names)).append('\n');
            roots.forEach(root -> files(root, file -> text.append(read(file)).append('\n')));
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                ClassPathNames.of(Path.of(entry), name -> text.append(name).append('\n').append(name.replace('/', '.')).append('\n'));
            }
            return text.toString().toLowerCase(Locale.ROOT);
        }));
    }

    /**
     * Reads the text once, when a part is first looked up, and remembers each answer: a leaked key is met at many offsets
     * and in many files, and the text is megabytes.
     */
    private static Predicate<String> lookedUpOnce(Supplier<String> text) {
        Map<String, Boolean> answers = new ConcurrentHashMap<>();
        Supplier<String> read = new Supplier<>() {
            private String once;

            @Override
            public synchronized String get() {
                if (once == null) {
                    once = text.get();
                }
                return once;
            }
        };
        return part -> answers.computeIfAbsent(part, each -> read.get().contains(each));
    }

    private static void files(Path root, java.util.function.Consumer<Path> each) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).sorted().forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException("the leak scan could not read the suite's own " + root, e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the leak scan could not read the suite's own " + file, e);
        }
    }

    boolean counts(SecretForm form, int at, int length) {
        if (inSuiteText == null || !form.plain() || at == 0 && length == form.text().length()) {
            return true;
        }
        String run = form.text().substring(at, at + length);
        return rare(run) && !inSuiteText.test(run);
    }

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
        return inSuiteText == null ? "LeakEvidence[any run]" : "LeakEvidence[rare runs, not of the suite's own text]";
    }
}
