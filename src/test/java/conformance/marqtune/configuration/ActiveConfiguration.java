package conformance.marqtune.configuration;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The configuration of the run in progress, resolved once by whoever starts the run (the conformance
 * runner, or the self-check for each of its runs) and read by every scenario. It is the one piece of
 * run-wide state, and it is immutable: Cucumber creates step objects per scenario, so a run-wide
 * value has nowhere else to live.
 */
public final class ActiveConfiguration {

    private static final AtomicReference<SuiteConfiguration> ACTIVE = new AtomicReference<>();

    private ActiveConfiguration() {
    }

    /** Makes {@code configuration} the run's until {@link #deactivate()}; one run at a time. */
    public static void activate(SuiteConfiguration configuration) {
        if (!ACTIVE.compareAndSet(null, configuration)) {
            throw new IllegalStateException("a run is already active: runs of the suite do not nest");
        }
    }

    public static void deactivate() {
        ACTIVE.set(null);
    }

    /** The active run's configuration; outside a run (an IDE running one feature), this JVM's. */
    public static SuiteConfiguration current() {
        SuiteConfiguration active = ACTIVE.get();
        return active != null ? active : SuiteConfiguration.load();
    }
}
