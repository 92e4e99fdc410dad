package conformance.marqtune.runner;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import conformance.marqtune.configuration.ActiveConfiguration;
import conformance.marqtune.configuration.ApiKey;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
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
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "conformance.marqtune.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm")
public class GetModelConformanceIT {

    /** The run's embedded simulator, when it needs one: started before the first scenario, stopped after the last. */
    private static SimulatorServer embeddedSimulator;

    @BeforeSuite
    static void chooseTheTarget() {
        SuiteConfiguration configuration = SuiteConfiguration.load();
        // Test reports copy the JVM's system properties: a key given as -Dmarqtune.apiKey must not stay there.
        System.clearProperty(SuiteConfiguration.API_KEY);
        if (configuration.baseUrl().isEmpty()) {
            embeddedSimulator = SimulatorServer.start(SimulatorSettings.withRandomKeys());
            configuration = configuration.targetingSimulator(embeddedSimulator.baseUrl(),
                    new ApiKey(embeddedSimulator.settings().apiKey()), SeededModels.SERVER_ERROR_MODEL_ID);
        }
        ActiveConfiguration.activate(configuration);
        RunEnvironment.write(configuration);
        System.out.println("Get Model conformance: " + RunEnvironment.describeTarget(configuration));
    }

    @AfterSuite
    static void releaseTheTarget() {
        ActiveConfiguration.deactivate();
        if (embeddedSimulator != null) {
            embeddedSimulator.close();
            embeddedSimulator = null;
        }
    }
}
