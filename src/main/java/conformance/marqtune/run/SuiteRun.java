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
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The run in progress: its configuration, resolved once and pointed at its target; whether the preflight
 * request reached the target; the schemas, compiled once; the model R1 is checked on, found once; and what
 * the scenarios observe. Whoever makes a run hands it to its scenarios by injection ({@link ScenarioLaunch}):
 * the conformance run ({@link ConformanceRun}) and each of the self-check's runs, several at once in one JVM.
 *
 * @param targetUnreachable why the target could not be reached, when it could not: no scenario runs then
 * @param requests          what every client of the run starts its requests from: REST Assured's configuration, once
 * @param pace              the run's one rate limit of bulk requests (the sweep, the near-misses, the search), its deadline
 *                          and its budget for waiting out 429s
 * @param timeline          where the run's time goes: its moments and its requests' times
 * @param loadOnTheTarget   held by the sweep, which loads the target, and by the latency budget, which is not measured
 *                          under the sweep's load: the two never run at once
 */
public record SuiteRun(SuiteConfiguration configuration, Optional<String> targetUnreachable, RequestTemplate requests,
                       SchemaValidator schemas, ModelUnderTest model, RunObservations observations, RunPace pace,
                       RunTimeline timeline, Semaphore loadOnTheTarget, Predicate<String> canonicalIds) {

    /** The top-level folder of the schemas, relative to the project, where Maven and an IDE run the tests. */
    public static final Path SCHEMAS = Path.of(System.getProperty("marqtune.schemas", "schemas"));

    /** A run of {@code configuration}, which names its target. */
    public SuiteRun(SuiteConfiguration configuration, Optional<String> targetUnreachable) {
        this(configuration, targetUnreachable, new RunTimeline());
    }

    SuiteRun(SuiteConfiguration configuration, Optional<String> targetUnreachable, RunTimeline timeline) {
        this(configuration, targetUnreachable,
                new RequestTemplate(configuration.requireTarget(), configuration.timeouts()),
                new SchemaValidator(SCHEMAS, configuration.strictSchemas()),
                new ModelUnderTest(configuration.modelId()), new RunObservations(),
                new RunPace(configuration.sweep().ratePerSecondFor(configuration.requireTarget()).map(RateLimit::perSecond),
                        configuration.run().maxRun(), configuration.run().maxThrottleWait()), timeline, new Semaphore(1),
                CanonicalUuid::matches);
    }

    /**
     * The same run judging ids by {@code rule} instead of {@link CanonicalUuid}: for the test that proves a broken rule
     * of the suite's fails the self-check, since the simulator decides by rules of its own.
     */
    public SuiteRun withCanonicalIds(Predicate<String> rule) {
        return new SuiteRun(configuration, targetUnreachable, requests, schemas, model, observations, pace, timeline, loadOnTheTarget, rule);
    }

    /** The contract's precedence for this run's target, its model found as {@code modelUnderTest} says. */
    public Precedence precedence(Secret key, Optional<Secret> foreignKey, Supplier<String> modelUnderTest,
                                 Optional<String> serverErrorModelId) {
        return new Precedence(key, foreignKey, modelUnderTest, serverErrorModelId, canonicalIds);
    }
}
