package conformance.marqtune.report;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SettingSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What Maven does after the conformance run, in its post-integration-test phase (see the pom): the leak
 * scan of everything the build wrote, the reports that exist only once the test JVM has ended
 * (surefire's and failsafe's) included, then the run's verdict, printed last so that it follows the
 * failures failsafe lists. Its one argument is the project's build directory, as Maven names it,
 * wherever {@code mvn} was started. It knows the secrets the user configured; the embedded simulator's
 * random key lives and dies inside the test JVM, which scans its own output.
 */
public final class MavenEpilogue {

    private MavenEpilogue() {
    }

    public static void main(String[] args) {
        RunFiles files = new RunFiles(Path.of(args.length > 0 ? args[0] : "target"));
        List<Secret> secrets = SettingSources.secretsGiven(System.getProperties(), System.getenv());
        if (!secrets.isEmpty()) {
            LeakVerdict.scan(files, LeakScan.ofTheSuite(new SecretMask(secrets)), files.writtenByTheBuild());
        }
        Optional<RunVerdict> verdict = RunVerdict.read(files.verdict());
        verdict.ifPresent(found -> System.out.println(found.consoleLine(files.summary())));
        // the gate passes on PASSED alone, whatever else lets failsafe pass (-Dmaven.test.failure.ignore): a run
        // that wrote no verdict, or any other, fails here, saying why in one line
        if (verdict.isEmpty()) {
            throw new GateFailed("NO VERDICT: the run wrote none (a refused configuration, or a run that ended before its end; see above)");
        }
        verdict.filter(found -> !found.passed()).ifPresent(found -> {
            throw new GateFailed(found.line());
        });
    }

    /** A run that did not pass: the build fails on its verdict line alone, with no stack trace. */
    static final class GateFailed extends IllegalStateException {
        GateFailed(String line) {
            super("Get Model conformance: " + line + "; a gate passes only on a check that passed");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
