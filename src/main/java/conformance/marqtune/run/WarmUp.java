package conformance.marqtune.run;

import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.validation.SchemaValidator;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts REST Assured, then the schema validator, on a thread of their own as soon as the JUnit Platform
 * opens its session, so that their start-up overlaps the discovery of the tests and features instead of
 * delaying the run's first request (the preflight) and its first scenarios. Once per JVM, however many
 * sessions the self-check opens. Registered through {@code META-INF/services}.
 */
public final class WarmUp implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Started.ONCE.hashCode();
    }

    /** The JVM initialises this class once, on first use: the warm-up thread starts then, and only then. */
    private enum Started {
        ONCE;

        Started() {
            Thread thread = new Thread(() -> {
                try {
                    ModelsApi.warmUp();
                    SchemaValidator.warmUp(SuiteRun.SCHEMAS);
                } catch (RuntimeException notWarmed) {
                    // nothing lost: the run's first request and schema pay the start-up, as they would without it
                }
            }, "warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
