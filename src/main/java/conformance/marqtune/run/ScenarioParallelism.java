package conformance.marqtune.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How many scenarios the run's Cucumber engine runs at once, read as the JUnit Platform reads it: a
 * system property first, then {@code junit-platform.properties}. The critical path depends on it.
 */
final class ScenarioParallelism {

    static final String ENABLED = "cucumber.execution.parallel.enabled";
    static final String FIXED = "cucumber.execution.parallel.config.fixed.parallelism";

    private ScenarioParallelism() {
    }

    static int configured() {
        Properties file = new Properties();
        try (InputStream in = ScenarioParallelism.class.getResourceAsStream("/junit-platform.properties")) {
            if (in != null) {
                file.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read junit-platform.properties", e);
        }
        boolean parallel = Boolean.parseBoolean(System.getProperty(ENABLED, file.getProperty(ENABLED, "false")));
        return parallel ? Integer.parseInt(System.getProperty(FIXED, file.getProperty(FIXED, "1")).strip()) : 1;
    }
}
