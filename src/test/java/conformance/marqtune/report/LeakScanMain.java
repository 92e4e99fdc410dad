package conformance.marqtune.report;

import conformance.marqtune.configuration.ApiKey;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SuiteConfiguration;
import java.nio.file.Path;
import java.util.List;

/**
 * The leak scan of what Maven wrote after the conformance run: the surefire and failsafe reports
 * exist only once the test JVM has ended, so Maven runs this in its post-integration-test phase (see
 * the pom). It knows the key the user configured; the embedded simulator's random key lives and dies
 * inside the test JVM, which scans its own output.
 */
public final class LeakScanMain {

    static final List<Path> WRITTEN = List.of(Path.of("target", "failsafe-reports"), Path.of("target", "surefire-reports"),
            RunEnvironment.ALLURE_RESULTS, ConsoleCapture.LOG, CoverageLedger.SUMMARY, Path.of("target", "self-check"));

    private LeakScanMain() {
    }

    public static void main(String[] args) {
        List<ApiKey> secrets = SuiteConfiguration.secretsOf(System.getProperties(), System.getenv());
        if (secrets.isEmpty()) {
            System.out.println("Leak scan of the reports: no key configured (the embedded simulator's own key was scanned in the run)");
            return;
        }
        List<LeakScan.Finding> leaks = new LeakScan(new SecretMask(secrets)).scan(WRITTEN);
        if (!leaks.isEmpty()) {
            LeakScan.quarantine(leaks);
            throw new IllegalStateException(LeakScan.describe(leaks));
        }
        System.out.println("Leak scan of the reports: no trace of the configured keys in " + WRITTEN);
    }
}
