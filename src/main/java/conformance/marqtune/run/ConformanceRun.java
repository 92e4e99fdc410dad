package conformance.marqtune.run;

import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Tls;
import conformance.marqtune.report.ConsoleCapture;
import conformance.marqtune.report.LeakScan;
import conformance.marqtune.report.LeakVerdict;
import conformance.marqtune.report.RunEnvironment;
import conformance.marqtune.report.RunFiles;
import conformance.marqtune.report.RunTimeline;
import conformance.marqtune.report.RunVerdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The conformance run a user starts, with {@code mvn verify} or one feature from an IDE: it starts in the
 * glue's {@code @BeforeAll} and finishes when Cucumber's run has finished ({@link RunLifecycle}).
 *
 * <p>Starting: the console is captured, the configuration resolved (a bad one ends the run before any
 * request), the embedded simulator started when no base URL is configured (the glue learns of it only
 * through the configuration's target), and one preflight request checks that the target answers.
 * Finishing: the simulator stops, and the run fails if it sent a request that could change data, if a
 * file it wrote holds a secret, or if the target was unreachable.
 */
public final class ConformanceRun {

    /** What a run started here holds until it finishes. */
    record Resources(RunFiles files, ConsoleCapture console, Optional<EmbeddedTarget> simulator) {
    }

    private ConformanceRun() {
    }

    /** Starts the run, unless one is active already (the self-check starts its own). */
    public static void startUnlessActive() {
        if (SuiteRun.active().isPresent()) {
            return;
        }
        if (Boolean.getBoolean("marqtune.ownTests")) {
            // the own tests hand every run to its launches: one that finds none lost its binding, and must not
            // run against an embedded simulator of its own instead
            throw new IllegalStateException("a launch of the own tests found no run handed over to it (RunBinding)");
        }
        RunFiles files = RunFiles.inProjectFolder();
        // an earlier run's files go while the configuration is resolved (its secrets are not kept on disk)
        CompletableFuture<Void> earlierRunForgotten = CompletableFuture.runAsync(() -> {
            RunEnvironment.clearEarlierResults(files.allureResults());
            RunVerdict.clear(files.verdict());
        });
        // A failed test's report copies the JVM's system properties, whatever the pom says: secrets given with -D
        // leave them before anything can fail, and the configuration is read from a copy.
        Properties given = (Properties) System.getProperties().clone();
        List.of(Target.API_KEY, Target.FOREIGN_API_KEY, Tls.TRUSTSTORE_PASSWORD).forEach(System::clearProperty);
        SuiteConfiguration configuration;
        try {
            configuration = SuiteConfiguration.from(given, System.getenv(), Path.of("environments"));
        } finally {
            earlierRunForgotten.exceptionally(failure -> null).join(); // a refused configuration leaves no earlier report either
        }
        joined(earlierRunForgotten);
        Optional<EmbeddedTarget> simulator = Optional.empty();
        if (configuration.target().isEmpty()) {
            EmbeddedTarget started = EmbeddedTarget.starter().start(configuration.simulator().models(),
                    configuration.simulator().throttlePerSecond());
            simulator = Optional.of(started);
            configuration = configuration.targeting(started.target());
        }
        // from here on every console line is masked: a library may log what a target sent
        ConsoleCapture console = ConsoleCapture.start(files.consoleLog(), new SecretMask(configuration.secrets()));
        Target target = configuration.requireTarget();
        RunTimeline timeline = new RunTimeline();
        timeline.mark(RunTimeline.Mark.PREFLIGHT_STARTED);
        SuiteConfiguration resolved = configuration;
        // the preflight's round trip while the banner and the report's environment are written
        CompletableFuture<Optional<String>> preflight = CompletableFuture.supplyAsync(
                () -> Preflight.check(resolved, timeline.preflight()));
        System.out.println("Get Model conformance: " + target.describe() + "; seeded search: seed " + configuration.search().seed()
                + ", " + configuration.search().requestsFor(target) + " requests (" + SearchSettings.SEED + " repeats it)");
        if (target.tls().insecure()) {
            System.out.println("WARNING: TLS certificate verification is OFF (" + Tls.INSECURE + "=true): "
                    + "this run cannot tell the real target from an impostor");
        }
        RunEnvironment.write(files.allureResults(), configuration);
        Optional<String> unreachable = joined(preflight);
        timeline.mark(RunTimeline.Mark.PREFLIGHT_DONE);
        unreachable.ifPresent(reason -> System.out.println("Get Model conformance: " + reason));
        SuiteRun.activate(new SuiteRun(configuration, unreachable, timeline, Optional.of(new Resources(files, console, simulator))));
    }

    /** What {@code task} gave; what it threw, thrown here as it was. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Finishes {@code run} if it was started here, once its report is written; fails the run for what it must not have done. */
    static void finish(SuiteRun run) {
        if (run.resources().isEmpty()) {
            return;
        }
        Resources resources = run.resources().get();
        SuiteRun.deactivate();
        List<String> unsafe = List.of();
        if (resources.simulator().isPresent()) {
            EmbeddedTarget simulator = resources.simulator().get();
            unsafe = simulator.unsafeRequests();
            System.out.println(simulator.served());
            simulator.close();
        }
        resources.console().close();
        LeakVerdict.scan(resources.files(), LeakScan.ofTheSuite(new SecretMask(run.configuration().secrets())),
                resources.files().writtenByTheRun()).ifPresent(leaked -> System.out.println(leaked.consoleLine(resources.files().summary())));
        run.timeline().mark(RunTimeline.Mark.LEAK_SCAN_DONE);
        // numbers only, after the scan: nothing in it came from the target
        run.timeline().write(resources.files().timeline(), ScenarioParallelism.configured(),
                run.configuration().sweep().ratePerSecondFor(run.configuration().requireTarget()));
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("the suite sent requests that could change a live environment's data: " + unsafe);
        }
        run.targetUnreachable().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        run.pace().spent().ifPresent(why -> {
            throw new IllegalStateException("the run stopped before its end: " + why);
        });
    }
}
