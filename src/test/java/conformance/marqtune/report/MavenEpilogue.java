package conformance.marqtune.report;

import conformance.marqtune.configuration.ApiKey;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SuiteConfiguration;
import java.nio.file.Path;
import java.util.List;

/**
 * What Maven does after the conformance run, in its post-integration-test phase (see the pom): the leak
 * scan of the reports that exist only once the test JVM has ended (surefire's and failsafe's), then the
 * run's verdict, printed last so that it follows the failures failsafe lists. It reads the project's
 * build directory, given as its one argument, wherever {@code mvn} was started. It knows the keys the user
 * configured; the embedded simulator's random key lives and dies inside the test JVM, which scans its own output.
 */
public final class MavenEpilogue {

    private MavenEpilogue() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        List<Path> written = List.of(target.resolve("failsafe-reports"), target.resolve("surefire-reports"),
                target.resolve("allure-results"), target.resolve(ConsoleCapture.LOG.getFileName()),
                target.resolve(CoverageLedger.SUMMARY.getFileName()), target.resolve("self-check"));
        List<ApiKey> secrets = SuiteConfiguration.secretsOf(System.getProperties(), System.getenv());
        List<LeakScan.Finding> leaks = secrets.isEmpty() ? List.of() : new LeakScan(new SecretMask(secrets)).scan(written);
        RunVerdict.read(target.resolve(CoverageLedger.VERDICT.getFileName()))
                .ifPresent(verdict -> System.out.println(verdict.consoleLine(CoverageLedger.SUMMARY)));
        if (!leaks.isEmpty()) {
            LeakScan.quarantine(leaks, target.resolve(LeakScan.QUARANTINE.getFileName()));
            throw new IllegalStateException(LeakScan.describe(leaks));
        }
    }
}
