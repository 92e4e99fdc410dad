package conformance.marqtune.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where settings come from: the environment variable of each, and the profile file. */
class SettingSourcesTest {

    @TempDir
    Path profiles;

    @Test
    void anUnknownProfileNamesTheFileThatIsMissing() {
        assertThatThrownBy(() -> sources(properties("marqtune.env", "prod"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.env", "'prod'", "prod.properties");
    }

    @Test
    void aProfileMayNotHoldTheKey() throws IOException {
        Files.writeString(profiles.resolve("leaky.properties"), "marqtune.apiKey=s3cr3t-in-a-file\n");

        assertThatThrownBy(() -> sources(new Properties(), Map.of("MARQTUNE_ENV", "leaky")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("MARQTUNE_API_KEY")
                .message().doesNotContain("s3cr3t-in-a-file");
    }

    @Test
    void theEnvironmentVariableOfEachPropertyIsItsUpperSnakeCase() {
        assertThat(SettingSources.environmentVariable("marqtune.baseUrl")).isEqualTo("MARQTUNE_BASE_URL");
        assertThat(SettingSources.environmentVariable("marqtune.serverError.modelId"))
                .isEqualTo("MARQTUNE_SERVER_ERROR_MODEL_ID");
        assertThat(SettingSources.environmentVariable("marqtune.latency.p95Ms")).isEqualTo("MARQTUNE_LATENCY_P95_MS");
        assertThat(SettingSources.environmentVariable("marqtune.timeout.connectMs"))
                .isEqualTo("MARQTUNE_TIMEOUT_CONNECT_MS");
    }

    @Test
    void theSecretsGivenAreReadEvenWhereNothingElseIsValid() {
        Properties system = new Properties();
        system.setProperty("marqtune.apiKey", "from-a-property");
        system.setProperty("marqtune.baseUrl", "not a url");

        assertThat(SettingSources.secretsGiven(system, Map.of("MARQTUNE_FOREIGN_API_KEY", "from-the-environment")))
                .extracting(Secret::reveal).containsExactlyInAnyOrder("from-a-property", "from-the-environment");
    }

    private SettingSources sources(Properties system, Map<String, String> environment) {
        return new SettingSources(system, environment, profiles);
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
