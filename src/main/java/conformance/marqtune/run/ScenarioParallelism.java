package conformance.marqtune.run;

import conformance.marqtune.configuration.ConfigurationException;
import java.util.Properties;

/**
 * How many scenarios the conformance run's launch runs at once: eight, unless the user says otherwise. A run
 * waits on round trips, not on its CPU (against a target 200 ms away the documented set ends 0.3 s sooner
 * than four at a time); {@code -Dcucumber.execution.parallel.enabled=false} runs them one by one.
 */
final class ScenarioParallelism {

    static final String ENABLED = "cucumber.execution.parallel.enabled";
    static final String FIXED = "cucumber.execution.parallel.config.fixed.parallelism";
    private static final String DEFAULT = "8";

    private ScenarioParallelism() {
    }

    static int configured(Properties given) {
        String enabled = given.getProperty(ENABLED, "true").strip();
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new ConfigurationException(ENABLED, enabled, "true or false");
        }
        if (enabled.equals("false")) {
            return 1;
        }
        String fixed = given.getProperty(FIXED, DEFAULT).strip();
        if (!fixed.matches("[1-9][0-9]{0,2}")) {
            throw new ConfigurationException(FIXED, fixed, "a whole number of scenarios at once, 1 to 999");
        }
        return Integer.parseInt(fixed);
    }
}
