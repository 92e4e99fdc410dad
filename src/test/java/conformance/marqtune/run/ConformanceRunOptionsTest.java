package conformance.marqtune.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import conformance.marqtune.configuration.ConfigurationException;
import io.cucumber.core.options.RuntimeOptions;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The conformance run's launch: the suite's settings, the user's cucumber.* settings over them, refusals before any request. */
class ConformanceRunOptionsTest {

    private static final Path FEATURES = Path.of("features");
    private static final Path JUNIT_XML = Path.of("target", "x", "TEST-cucumber.xml");

    private static RuntimeOptions optionsGiven(String... settings) {
        Properties given = new Properties();
        for (int i = 0; i < settings.length; i += 2) {
            given.setProperty(settings[i], settings[i + 1]);
        }
        return ConformanceRun.options(given, FEATURES, JUNIT_XML);
    }

    @Test
    void eightScenariosAtOnceEveryFeatureTheSuitesGlueAndItsJUnitXml() {
        RuntimeOptions options = optionsGiven();

        assertThat(options.getThreads()).isEqualTo(8);
        assertThat(options.getFeaturePaths()).containsExactly(FEATURES.toUri());
        assertThat(options.getGlue()).hasToString("[classpath:/conformance/marqtune/steps]");
        assertThat(options.getTagExpressions()).isEmpty();
        assertThat(options.plugins()).extracting(plugin -> plugin.pluginString())
                .containsExactly("junit:" + JUNIT_XML.toAbsolutePath());
    }

    @Test
    void theUsersCucumberSettingsGoOverTheSuites() {
        RuntimeOptions options = optionsGiven("cucumber.filter.tags", "@documented",
                "cucumber.features", "features/get_model/model_details.feature",
                "cucumber.execution.parallel.config.fixed.parallelism", "3");

        assertThat(options.getThreads()).isEqualTo(3);
        assertThat(options.getTagExpressions()).hasSize(1).first().hasToString("@documented");
        assertThat(options.getFeaturePaths()).hasSize(1).first().asString().endsWith("features/get_model/model_details.feature");
    }

    @Test
    void parallelismOffRunsOneScenarioAtATime() {
        assertThat(optionsGiven("cucumber.execution.parallel.enabled", "false").getThreads()).isEqualTo(1);
    }

    @Test
    void aParallelismThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> optionsGiven("cucumber.execution.parallel.config.fixed.parallelism", "abc"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cucumber.execution.parallel.config.fixed.parallelism is abc");
    }

    @Test
    void aDryRunIsRefusedForItWouldPassOnNoRequest() {
        assertThatThrownBy(() -> optionsGiven("cucumber.execution.dry-run", "true"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("a dry run sends no request");
    }
}
