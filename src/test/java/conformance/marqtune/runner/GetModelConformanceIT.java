package conformance.marqtune.runner;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import conformance.marqtune.configuration.ApiKey;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.report.ConsoleCapture;
import conformance.marqtune.report.LeakScan;
import conformance.marqtune.report.CoverageLedger;
import conformance.marqtune.report.RunEnvironment;
import conformance.marqtune.report.RunVerdict;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance run: every feature under {@code features/} against the configured target, or,
 * when no base URL is configured, against the embedded simulator started here on a free port. The
 * glue learns of the simulator only through the base URL and key of the configuration made here.
 *
 * <p>Before the first scenario: the configuration is resolved (a bad one ends the run before any
 * request) and one preflight request checks that the target answers. After the last: the files the
 * run wrote are scanned for the key, and the run fails if the target was unreachable or a file leaks.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "conformance.marqtune.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, conformance.marqtune.report.CoverageLedger")
public class GetModelConformanceIT {

    /** What the run writes, and so what the leak scan reads. */
    static final List<Path> WRITTEN = List.of(RunEnvironment.ALLURE_RESULTS, ConsoleCapture.LOG);

    // The run's lifecycle handles: set before the first scenario, released after the last.
    private static ConsoleCapture console;
    private static SimulatorServer embeddedSimulator;
    private static SuiteRun run;

    @BeforeSuite
    static void prepareTheRun() {
        console = ConsoleCapture.start(ConsoleCapture.LOG);
        RunEnvironment.clearEarlierResults();
        RunVerdict.clear(CoverageLedger.VERDICT);
        SuiteConfiguration configuration = SuiteConfiguration.load();
        // Test reports copy the JVM's system properties: secrets given with -D must not stay there.
        System.clearProperty(SuiteConfiguration.API_KEY);
        System.clearProperty(SuiteConfiguration.FOREIGN_API_KEY);
        System.clearProperty(SuiteConfiguration.TRUSTSTORE_PASSWORD);
        if (configuration.baseUrl().isEmpty()) {
            embeddedSimulator = SimulatorServer.start(SimulatorSettings.withRandomKeys()
                    .withGeneratedModels(configuration.simulatorModels())
                    .withThrottle(configuration.simulatorThrottlePerSecond()));
            configuration = configuration.targetingSimulator(embeddedSimulator.baseUrl(),
                    new ApiKey(embeddedSimulator.settings().apiKey()), new ApiKey(embeddedSimulator.settings().foreignApiKey()),
                    SeededModels.SERVER_ERROR_MODEL_ID);
        }
        System.out.println("Get Model conformance: " + RunEnvironment.describeTarget(configuration));
        if (configuration.tlsInsecure()) {
            System.out.println("WARNING: TLS certificate verification is OFF (marqtune.tls.insecure=true): "
                    + "this run cannot tell the real target from an impostor");
        }
        RunEnvironment.write(configuration);
        Optional<String> unreachable = Preflight.check(configuration);
        unreachable.ifPresent(reason -> System.out.println("Get Model conformance: " + reason));
        run = new SuiteRun(configuration, unreachable);
        SuiteRun.activate(run);
    }

    @AfterSuite
    static void finishTheRun() {
        SuiteRun.deactivate();
        List<String> unsafe = List.of();
        if (embeddedSimulator != null) {
            unsafe = embeddedSimulator.unsafeRequests();
            var perSecond = embeddedSimulator.requestsPerSecond().values();
            System.out.println("Embedded simulator: " + perSecond.stream().mapToInt(Integer::intValue).sum()
                    + " requests, at most " + perSecond.stream().mapToInt(Integer::intValue).max().orElse(0)
                    + " in one second, " + embeddedSimulator.throttledRequests() + " answered 429");
            embeddedSimulator.close();
        }
        if (console != null) {
            console.close();
        }
        if (run == null) {
            return; // the configuration was refused: its error is the run's one message
        }
        List<LeakScan.Finding> leaks = new LeakScan(new SecretMask(run.configuration().secrets())).scan(WRITTEN);
        if (!leaks.isEmpty()) {
            LeakScan.quarantine(leaks);
            throw new IllegalStateException(LeakScan.describe(leaks));
        }
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("the suite sent requests that could change a live environment's data: " + unsafe);
        }
        run.targetUnreachable().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }
}
