package conformance.marqtune.run;

import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.validation.SchemaValidator;
import java.util.concurrent.CountDownLatch;

/**
 * Starts REST Assured, then the schema validator, on a thread of their own as soon as a run begins, so that
 * their start-up overlaps the configuration, the simulator's start and the features' parsing instead of
 * delaying the run's first request (the preflight) and its first scenarios. Once per JVM, however many runs
 * the self-check makes.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** Starts the whole warm-up (the client, then the schemas) now, once per JVM. */
    public static void start() {
        Started.ONCE.hashCode();
    }

    /**
     * Starts the client's warm-up alone, now, once per JVM: what the runnable jar does first, before it has read its
     * arguments and set where the schemas are (which the schemas' warm-up needs).
     */
    public static void startTheClient() {
        ClientStarted.ONCE.hashCode();
    }

    /**
     * Waits until Groovy has scanned the packages it imports by default, the first thing the client's warm-up does. The
     * scan opens the zip file system of the jar Groovy is loaded from, for a moment; in the runnable jar that is the jar
     * Cucumber scans for its glue, and a glue scan that meets it open fails (FileSystemAlreadyExistsException). The rest
     * of the warm-up goes on beside the run.
     */
    public static void awaitGroovysPackageScan() throws InterruptedException {
        ClientStarted.ONCE.packagesScanned.await();
    }

    private static void inTheBackground(Runnable warmUp) {
        Thread thread = new Thread(() -> {
            try {
                warmUp.run();
            } catch (RuntimeException notWarmed) {
                // nothing lost: the run's first request and schema pay the start-up, as they would without it
            }
        }, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private enum ClientStarted {
        ONCE;

        private final CountDownLatch packagesScanned = new CountDownLatch(1);

        ClientStarted() {
            inTheBackground(() -> {
                if (groovysDefaultImportsScanned()) {
                    packagesScanned.countDown();
                }
                try {
                    ModelsApi.warmUp();
                } finally {
                    packagesScanned.countDown();
                }
            });
        }
    }

    /** Groovy scans its default imports as this class of its initialises; false (the whole warm-up is awaited) if it has none. */
    private static boolean groovysDefaultImportsScanned() {
        try {
            Class.forName("org.codehaus.groovy.runtime.FormatHelper", true, WarmUp.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError otherGroovy) {
            return false;
        }
    }

    /** The JVM initialises this class once, on first use: the warm-up thread starts then, and only then. */
    private enum Started {
        ONCE;

        Started() {
            startTheClient();
            inTheBackground(() -> SchemaValidator.warmUp(SuiteRun.SCHEMAS));
        }
    }
}
