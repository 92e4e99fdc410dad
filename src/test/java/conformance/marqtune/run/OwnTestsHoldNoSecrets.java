package conformance.marqtune.run;

import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Tls;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The suite's own tests need no secret of a target, yet Maven hands them every {@code -D} given on the
 * command line, and a failed test's report copies the system properties: in the own tests' JVM (the pom
 * marks it with {@code marqtune.ownTests}) the secrets leave the system properties before any test runs.
 * Registered with the JUnit Platform through {@code META-INF/services}.
 */
public final class OwnTestsHoldNoSecrets implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("marqtune.ownTests")) {
            List.of(Target.API_KEY, Target.FOREIGN_API_KEY, Tls.TRUSTSTORE_PASSWORD).forEach(System::clearProperty);
        }
    }
}
