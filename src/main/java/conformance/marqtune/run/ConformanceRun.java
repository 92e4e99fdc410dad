package conformance.marqtune.run;

import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Tls;
import conformance.marqtune.report.ConsoleCapture;
import conformance.marqtune.report.LeakScan;
import conformance.marqtune.report.LeakVerdict;
import conformance.marqtune.report.RunEnvironment;
import conformance.marqtune.report.RunFiles;
import conformance.marqtune.report.RunReport;
import conformance.marqtune.report.RunTimeline;
import conformance.marqtune.report.RunVerdict;
import io.cucumber.core.options.RuntimeOptions;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conformance run a user starts, with {@code mvn verify} or the runnable jar: the one owner of a run. It
 * makes the run, hands it to the scenarios of its one launch by injection ({@link ScenarioLaunch}), and closes
 * it, and what it gives back is the verdict that the exit code, the console line, the summary and the report
 * are rendered from.
 *
 * <p>Starting: the console is captured, the configuration resolved (a bad one ends the run before any
 * request), the embedded simulator started when no base URL is configured (the glue learns of it only
 * through the configuration's target), and one preflight request checks that the target answers.
 * Closing: the simulator stops, the files the run wrote are scanned for its secrets, and the run fails if
 * it sent a request that could change data.
 */
public final class ConformanceRun {

    /** What a run gives back: its verdict, which alone decides a gate, and each scenario that did not pass. */
    public record Result(RunVerdict verdict, List<FailedScenario> failures) {

        /** The verdict and, for a person whose deployment was just blocked, every scenario that did not pass. */
        public String explained() {
            return Stream.concat(Stream.of("Get Model conformance: " + verdict.line()), failures.stream().map(FailedScenario::toString))
                    .collect(Collectors.joining("\n\n"));
        }
    }

    private final SuiteRun run;
    private final RunFiles files;
    private final ConsoleCapture console;
    private final Optional<EmbeddedTarget> simulator;
    private final SecretMask mask;

    private ConformanceRun(SuiteRun run, RunFiles files, ConsoleCapture console, Optional<EmbeddedTarget> simulator) {
        this.run = run;
        this.files = files;
        this.console = console;
        this.simulator = simulator;
        this.mask = new SecretMask(run.configuration().secrets());
    }

    /**
     * Runs {@code features} with the settings this JVM was given (its {@code -D} properties, its environment and the
     * project's {@code environments/}), writing its files under {@code files} and Cucumber's JUnit XML to {@code junitXml}.
     */
    public static Result ofThisJvm(RunFiles files, Path features, Path junitXml) throws InterruptedException {
        WarmUp.start(); // REST Assured's and the schemas' start-up, while the configuration is resolved
        // A failed test's report copies the JVM's system properties, whatever the pom says: secrets given with -D
        // leave them before anything can fail, and the configuration is read from a copy.
        Properties given = (Properties) System.getProperties().clone();
        List.of(Target.API_KEY, Target.FOREIGN_API_KEY, Tls.TRUSTSTORE_PASSWORD).forEach(System::clearProperty);
        RuntimeOptions options = RunOptions.of(given, features, junitXml);
        return start(files, given, System.getenv()).execute(options);
    }

    private static ConformanceRun start(RunFiles files, Properties given, Map<String, String> environment) {
        // an earlier run's files go while the configuration is resolved (its secrets are not kept on disk)
        CompletableFuture<Void> earlierRunForgotten = CompletableFuture.runAsync(() -> {
            RunEnvironment.clearEarlierResults(files.allureResults());
            RunVerdict.clear(files.verdict());
        });
        SuiteConfiguration configuration;
        try {
            configuration = SuiteConfiguration.from(given, environment, Path.of("environments"));
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
        try {
            return started(files, configuration, simulator);
        } catch (RuntimeException | Error failure) {
            simulator.ifPresent(EmbeddedTarget::close); // a run that could not start leaves nothing serving
            throw failure;
        }
    }

    private static ConformanceRun started(RunFiles files, SuiteConfiguration configuration, Optional<EmbeddedTarget> simulator) {
        // from here on every console line is masked: a library may log what a target sent
        ConsoleCapture console = ConsoleCapture.start(files.consoleLog(), new SecretMask(configuration.secrets()));
        try {
            Target target = configuration.requireTarget();
            RunTimeline timeline = new RunTimeline();
            timeline.mark(RunTimeline.Mark.PREFLIGHT_STARTED);
            // the preflight's round trip while the banner and the report's environment are written
            CompletableFuture<Optional<String>> preflight = CompletableFuture.supplyAsync(
                    () -> Preflight.check(configuration, timeline.preflight()));
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
            return new ConformanceRun(new SuiteRun(configuration, unreachable, timeline), files, console, simulator);
        } catch (RuntimeException | Error failure) {
            console.close();
            throw failure;
        }
    }

    /** Runs the scenarios {@code options} select against the run, then closes it, whatever the launch did. */
    private Result execute(RuntimeOptions options) throws InterruptedException {
        ScenarioLedger ledger = new ScenarioLedger(run.timeline(), mask::mask);
        Optional<RunVerdict> verdict = Optional.empty();
        try {
            WarmUp.awaitGroovysPackageScan();
            ScenarioLaunch.run(run, options, new AllureCucumber7Jvm(), ledger);
            run.timeline().mark(RunTimeline.Mark.CUCUMBER_STARTED, ledger.started());
            run.timeline().mark(RunTimeline.Mark.SCENARIOS_FINISHED, ledger.finished());
            verdict = Optional.of(RunReport.write(files, run.configuration(), ledger.ledger(), run.observations(),
                    run.targetUnreachable(), run.pace().spent(), run.model().unreadable(), ledger.started(), ledger.finished()));
            run.timeline().mark(RunTimeline.Mark.REPORT_WRITTEN);
        } finally {
            verdict = close(verdict, options);
        }
        return new Result(verdict.orElseThrow(), ledger.failures());
    }

    /** Stops the simulator and the console's capture, then scans what the run wrote: a leak is the verdict then. */
    private Optional<RunVerdict> close(Optional<RunVerdict> checked, RuntimeOptions options) {
        List<String> unsafe = List.of();
        if (simulator.isPresent()) {
            unsafe = simulator.get().unsafeRequests();
            System.out.println(simulator.get().served());
            simulator.get().close();
        }
        console.close();
        List<Path> written = Stream.concat(files.writtenByTheRun().stream(), RunOptions.pluginFiles(options).stream()).toList();
        Optional<RunVerdict> leaked = LeakVerdict.scan(files, LeakScan.ofTheSuite(mask), written);
        // Maven's epilogue and the jar print the verdict last themselves
        leaked.filter(found -> !Boolean.getBoolean(RunReport.VERDICT_PRINTED_BY_MAVEN))
                .ifPresent(found -> System.out.println(found.consoleLine(files.summary())));
        run.timeline().mark(RunTimeline.Mark.LEAK_SCAN_DONE);
        // numbers only, after the scan: nothing in it came from the target
        run.timeline().write(files.timeline(), options.getThreads(),
                run.configuration().sweep().ratePerSecondFor(run.configuration().requireTarget()));
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("the suite sent requests that could change a live environment's data: " + unsafe);
        }
        return leaked.isPresent() ? leaked : checked;
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
}
