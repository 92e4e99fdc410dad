package conformance.marqtune.run;

import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.contract.ConfiguredModel;
import conformance.marqtune.validation.SchemaValidator;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run in progress: its configuration, resolved once; whether the preflight request reached the
 * target; the schema validator, whose schemas are compiled once for the whole run; and the model R1 is
 * checked on, found once. Whoever starts
 * a run (the conformance runner, or the self-check for each of its runs) activates it; every scenario
 * reads it. It is the one piece of run-wide state, and it does not change: Cucumber creates step
 * objects per scenario, so a run-wide fact has nowhere else to live.
 *
 * @param targetUnreachable why the target could not be reached, when it could not: no scenario runs then
 */
public record SuiteRun(SuiteConfiguration configuration, Optional<String> targetUnreachable, SchemaValidator schemas,
                       ConfiguredModel configuredModel) {

    /** The top-level folder of the schemas, relative to the project, where Maven runs the tests. */
    public static final Path SCHEMAS = Path.of("schemas");

    private static final AtomicReference<SuiteRun> ACTIVE = new AtomicReference<>();

    public SuiteRun(SuiteConfiguration configuration, Optional<String> targetUnreachable) {
        this(configuration, targetUnreachable, new SchemaValidator(SCHEMAS, configuration.strictSchemas()), new ConfiguredModel());
    }

    /** Makes {@code run} the active one until {@link #deactivate()}; runs do not nest. */
    public static void activate(SuiteRun run) {
        if (!ACTIVE.compareAndSet(null, run)) {
            throw new IllegalStateException("a run is already active: runs of the suite do not nest");
        }
    }

    public static void deactivate() {
        ACTIVE.set(null);
    }

    /** The active run; outside one (an IDE running a single feature), this JVM's configuration, unchecked. */
    public static SuiteRun current() {
        SuiteRun active = ACTIVE.get();
        return active != null ? active : new SuiteRun(SuiteConfiguration.load(), Optional.empty());
    }
}
