package conformance.marqtune.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's verdict as a value: the ledger writes it when the run ends, and Maven's epilogue reads it
 * back to print it as the last line of the build, after the failures Maven lists.
 *
 * @param kind what the run found, as a type: only {@link Kind#PASSED} lets a gate pass
 * @param line the verdict in words: {@code PASSED: 38 checks passed, 0 skipped}
 */
public record RunVerdict(Kind kind, String line) {

    /** What a run found. A gate passes on {@link #PASSED} alone: every other kind is no evidence of conformance. */
    public enum Kind {
        /** At least one check passed, and none failed or ended in an error; skips with a reason beside them. */
        PASSED,
        /** A check found a broken rule. */
        FAILED,
        /** A check ended in an error without a verdict, and none failed. */
        NO_VERDICT,
        /** No check reached a verdict: none was selected, or every one selected was skipped. */
        NOTHING_CHECKED,
        /** The target could not be reached: no check ran. */
        NOT_RUN,
        /** The run's time or 429 budget was spent before its end. */
        STOPPED,
        /** A file the run wrote held a secret. */
        LEAKED
    }

    public boolean passed() {
        return kind == Kind.PASSED;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The line a person reads last: the verdict and where the summary is. */
    public String consoleLine(Path summary) {
        return "Get Model conformance: " + line + " (" + summary + ")";
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, JSON.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** The verdict {@code checks} becomes once a file the run wrote held the key: whatever the checks found, a leak. */
    static RunVerdict leaked(String findings, Optional<RunVerdict> earlier) {
        // a second scan (Maven's, after the run's own) adds its findings before the first's, and keeps the checks' verdict
        String rest = earlier.map(verdict -> verdict.kind() == Kind.LEAKED ? verdict.line().substring("LEAKED: ".length())
                : "the checks: " + verdict.line()).orElse("the checks: no verdict");
        return new RunVerdict(Kind.LEAKED, "LEAKED: " + findings + "; " + rest);
    }

    /** Removes an earlier run's verdict, so that a run that ends before its verdict shows none. */
    public static void clear(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file, e);
        }
    }

    /** The verdict a run wrote, or empty when no run wrote one (a refused configuration, {@code -DskipITs}). */
    public static Optional<RunVerdict> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), RunVerdict.class));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
