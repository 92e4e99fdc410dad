package conformance.marqtune.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import conformance.marqtune.configuration.ConfigurationException;
import io.cucumber.core.options.RuntimeOptions;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conformance run's launch: the suite's settings, the user's cucumber.* settings over them, refusals before any request. */
class RunOptionsTest {

    private static final Path FEATURES = Path.of("features");
    private static final Path JUNIT_XML = Path.of("target", "x", "TEST-cucumber.xml");

    private static RuntimeOptions optionsGiven(String... settings) {
        Properties given = new Properties();
        for (int i = 0; i < settings.length; i += 2) {
            given.setProperty(settings[i], settings[i + 1]);
        }
        return RunOptions.of(given, FEATURES, JUNIT_XML);
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

    @ParameterizedTest
    @ValueSource(strings = {"cucumber.glue", "cucumber.object-factory", "cucumber.execution.limit"})
    void aSettingThatWouldMakeTheVerdictSayMoreThanWasCheckedIsRefused(String setting) {
        assertThatThrownBy(() -> optionsGiven(setting, "1"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("configuration error: " + setting + " is 1");
    }

    @Test
    void parallelismIsOnOrOffAndNothingElse() {
        assertThatThrownBy(() -> optionsGiven("cucumber.execution.parallel.enabled", "yes"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("expected true or false");
    }

    @Test
    void aPluginsFileGivenAsAFileUrlIsScannedWhereCucumberWritesIt(@TempDir Path folder) {
        Path report = folder.resolve("messages.ndjson");

        RuntimeOptions options = optionsGiven("cucumber.plugin", "message:" + report.toUri());

        assertThat(RunOptions.pluginFiles(options)).containsExactlyInAnyOrder(JUNIT_XML.toAbsolutePath(), report);
    }

    @Test
    void aPluginThatWouldSendItsOutputElsewhereIsRefused() {
        assertThatThrownBy(() -> optionsGiven("cucumber.plugin", "json:https://example.com/results"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("the run sends nothing but its requests");
    }
}
