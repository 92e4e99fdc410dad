package conformance.marqtune.client;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts REST Assured on a thread of its own as soon as the JUnit Platform opens its session, so that its
 * start-up overlaps the discovery of the tests and features instead of delaying the run's first request
 * (the preflight). Once per JVM, however many sessions the self-check opens. Registered through
 * {@code META-INF/services}.
 */
public final class ClientWarmUp implements LauncherSessionListener {

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
                    Transport.warmUp();
                } catch (RuntimeException notWarmed) {
                    // nothing lost: the run's first request pays the start-up, as it would without a warm-up
                }
            }, "rest-assured-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
