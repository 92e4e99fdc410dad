package conformance.marqtune.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The leak scan's part in the verdict: when a file the run wrote holds the key, the key is masked in it, in place,
 * and the verdict becomes LEAKED wherever it is written (the verdict file the exit code is read from, the summary's
 * heading, the report's Verdict row and its gate result), so that no reader sees the checks' verdict alone.
 */
public final class LeakVerdict {

    private LeakVerdict() {
    }

    /** Scans {@code roots} with {@code scan}; on a finding, masks the key in place and makes the verdict LEAKED. */
    public static Optional<RunVerdict> scan(RunFiles files, LeakScan scan, List<Path> roots) {
        List<LeakScan.Finding> findings = scan.scan(roots);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        scan.redact(findings);
        RunVerdict leaked = RunVerdict.leaked(LeakScan.describe(findings), RunVerdict.read(files.verdict()));
        leaked.write(files.verdict());
        rewriteLines(files.summary(), "## Get Model conformance: ", "## Get Model conformance: " + leaked.line());
        rewriteLines(files.allureResults().resolve("environment.properties"), "Verdict=",
                RunEnvironment.properties(Map.of("Verdict", leaked.line())).strip());
        GateResult.relabel(files.allureResults(), leaked);
        return Optional.of(leaked);
    }

    private static void rewriteLines(Path file, String startingWith, String replacement) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String rewritten = text.lines().map(line -> line.startsWith(startingWith) ? replacement : line)
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(file, rewritten, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the verdict into " + file, e);
        }
    }
}
