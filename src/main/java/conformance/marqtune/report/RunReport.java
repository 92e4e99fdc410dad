package conformance.marqtune.report;

import conformance.marqtune.configuration.SuiteConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a finished run leaves behind: the coverage ledger and the run manifest in
 * {@code target/conformance-summary.md}, in the Allure report's Environment section and on the console,
 * and the verdict as a value. Maven prints the verdict itself, last, after the failures it lists; a run
 * outside Maven (an IDE) prints it here.
 */
public final class RunReport {

    /** Set by the pom for the conformance run. */
    public static final String VERDICT_PRINTED_BY_MAVEN = "marqtune.verdictPrintedByMaven";

    private RunReport() {
    }

    /** Writes the run's report and gives its verdict. */
    public static RunVerdict write(RunFiles files, SuiteConfiguration configuration, CoverageLedger ledger,
                             RunObservations observations, Optional<String> targetUnreachable, Optional<String> budgetSpent,
                             Optional<String> modelUnreadable, Instant started, Instant finished) {
        RunManifest manifest = RunManifest.of(configuration.requireTarget(), configuration.search(), started, finished);
        RunVerdict verdict = ledger.close(observations, targetUnreachable, budgetSpent, manifest.tags(), modelUnreadable);
        try {
            Files.createDirectories(files.summary().toAbsolutePath().getParent());
            Files.writeString(files.summary(), ledger.markdown(manifest, verdict, observations), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + files.summary(), e);
        }
        // the verdict, the target and the ledger first: the overview shows the environment's first rows
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("Verdict", verdict.line());
        environment.put("Target", manifest.target());
        environment.putAll(ledger.environmentRows(observations));
        environment.putAll(manifest.entries());
        RunEnvironment.write(files.allureResults(), configuration, environment, manifest);
        GateResult.write(files.allureResults(), verdict, ledger.html(observations), started, finished);
        verdict.write(files.verdict());
        System.out.println(ledger.console(observations));
        if (!Boolean.getBoolean(VERDICT_PRINTED_BY_MAVEN)) {
            System.out.println(verdict.consoleLine(files.summary()));
        }
        return verdict;
    }
}
