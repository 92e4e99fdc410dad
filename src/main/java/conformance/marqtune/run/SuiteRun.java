package conformance.marqtune.run;

import conformance.marqtune.client.RateLimit;
import conformance.marqtune.client.RequestTemplate;
import conformance.marqtune.client.RunPace;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.contract.CanonicalUuid;
import conformance.marqtune.contract.ModelUnderTest;
import conformance.marqtune.contract.Precedence;
import conformance.marqtune.report.RunObservations;
import conformance.marqtune.report.RunTimeline;
import conformance.marqtune.validation.SchemaValidator;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The run in progress: its configuration, resolved once and pointed at its target; whether the preflight
 * request reached the target; the schemas, compiled once; the model R1 is checked on, found once; and what
 * the scenarios observe. It is the one piece of run-wide state: Cucumber creates step objects per
 * scenario, so a run-wide fact has nowhere else to live. Whoever starts a run makes it the one its scenarios
 * find: the glue's {@code @BeforeAll}, through {@link ConformanceRun}, activates the JVM's one conformance
 * run; the own tests hand each of their runs over to launches of its own ({@link RunBinding}), so that the
 * self-check and the leak scan's runs go on at the same time.
 *
 * @param targetUnreachable why the target could not be reached, when it could not: no scenario runs then
 * @param requests          what every client of the run starts its requests from: REST Assured's configuration, once
 * @param pace              the run's one rate limit of bulk requests (the sweep, the near-misses, the search), its deadline
 *                          and its budget for waiting out 429s
 * @param timeline          where the run's time goes: its moments and its requests' times
 * @param resources         what a run started by {@link ConformanceRun} holds until it finishes
 */
public record SuiteRun(SuiteConfiguration configuration, Optional<String> targetUnreachable, RequestTemplate requests,
                       SchemaValidator schemas, ModelUnderTest model, RunObservations observations, RunPace pace,
                       RunTimeline timeline, Optional<ConformanceRun.Resources> resources, Predicate<String> canonicalIds) {

    /** The top-level folder of the schemas, relative to the project, where Maven and an IDE run the tests. */
    public static final Path SCHEMAS = Path.of(System.getProperty("marqtune.schemas", "schemas"));

    /** The JVM's one conformance run, started by the glue's {@code @BeforeAll} through {@link ConformanceRun}. */
    private static final AtomicReference<SuiteRun> ACTIVE = new AtomicReference<>();
    /** Runs handed over to launches of their own (the self-check's, the leak scan's), by the key each launch names. */
    private static final Map<String, SuiteRun> HANDED_OVER = new ConcurrentHashMap<>();
    /** The handed-over run of the launch whose scenario, or whose start, this thread is running ({@link RunBinding}). */
    private static final ThreadLocal<SuiteRun> BOUND = new ThreadLocal<>();

    /** A run of {@code configuration}, which names its target, owned by whoever activates it or hands it over. */
    public SuiteRun(SuiteConfiguration configuration, Optional<String> targetUnreachable) {
        this(configuration, targetUnreachable, new RunTimeline(), Optional.empty());
    }

    SuiteRun(SuiteConfiguration configuration, Optional<String> targetUnreachable, RunTimeline timeline,
             Optional<ConformanceRun.Resources> resources) {
        this(configuration, targetUnreachable,
                new RequestTemplate(configuration.requireTarget(), configuration.timeouts()),
                new SchemaValidator(SCHEMAS, configuration.strictSchemas()),
                new ModelUnderTest(configuration.modelId()), new RunObservations(),
                new RunPace(configuration.sweep().ratePerSecondFor(configuration.requireTarget()).map(RateLimit::perSecond),
                        configuration.run().maxRun(), configuration.run().maxThrottleWait()), timeline, resources,
                CanonicalUuid::matches);
    }

    /**
     * The same run judging ids by {@code rule} instead of {@link CanonicalUuid}: for the test that proves a broken rule
     * of the suite's fails the self-check, since the simulator decides by rules of its own.
     */
    public SuiteRun withCanonicalIds(Predicate<String> rule) {
        return new SuiteRun(configuration, targetUnreachable, requests, schemas, model, observations, pace, timeline, resources, rule);
    }

    /** The contract's precedence for this run's target, its model found as {@code modelUnderTest} says. */
    public Precedence precedence(Secret key, Optional<Secret> foreignKey, Supplier<String> modelUnderTest,
                                 Optional<String> serverErrorModelId) {
        return new Precedence(key, foreignKey, modelUnderTest, serverErrorModelId, canonicalIds);
    }

    /**
     * Hands {@code run} over to the launches that name the key returned in their {@link RunBinding} plugin,
     * until {@link #takeBack}: several such runs may go on at once in one JVM, each in its own launches.
     */
    public static String handOver(SuiteRun run) {
        String key = UUID.randomUUID().toString();
        HANDED_OVER.put(key, run);
        return key;
    }

    public static void takeBack(String key) {
        HANDED_OVER.remove(key);
    }

    /** Binds the calling thread, which is starting the launch or one of its scenarios, to the run handed over as {@code key}. */
    static void bind(String key) {
        SuiteRun run = HANDED_OVER.get(key);
        if (run == null) {
            throw new IllegalStateException("no run was handed over as " + key + ", or it was taken back before its launch ended");
        }
        BOUND.set(run);
    }

    static void unbind() {
        BOUND.remove();
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

    /** The run of the calling thread's launch: the one handed over to it, else the JVM's conformance run, if either. */
    public static Optional<SuiteRun> active() {
        SuiteRun bound = BOUND.get();
        return bound != null ? Optional.of(bound) : Optional.ofNullable(ACTIVE.get());
    }

    /** The active run; a scenario outside one is a mistake of whoever started it, said plainly. */
    public static SuiteRun current() {
        return active().orElseThrow(() -> new IllegalStateException("no run of the suite is active: run the features "
                + "through the JUnit suite (mvn verify, or GetModelConformanceIT in an IDE) or with the glue "
                + "conformance.marqtune.steps, whose @BeforeAll hook starts the run"));
    }
}
