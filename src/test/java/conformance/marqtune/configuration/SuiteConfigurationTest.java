package conformance.marqtune.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteConfigurationTest {

    @TempDir
    Path profiles;

    @Test
    void withNothingConfiguredTheSimulatorIsTheTargetAndDefaultsApply() {
        SuiteConfiguration configuration = configuration(new Properties(), Map.of());

        assertThat(configuration.target().map(Target::baseUrl)).isEmpty();
        assertThat(configuration.target().map(Target::apiKey)).isEmpty();
        assertThat(configuration.strictSchemas()).isTrue();
        assertThat(configuration.timeouts().connect()).isEqualTo(Duration.ofSeconds(5));
        assertThat(configuration.timeouts().read()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentWhichWinsOverTheProfile() throws IOException {
        Files.writeString(profiles.resolve("staging.properties"), String.join("\n",
                "marqtune.baseUrl=https://profile.example",
                "marqtune.modelId=from-profile",
                "marqtune.serverError.modelId=trigger-from-profile",
                "marqtune.timeout.readMs=3000"));
        Properties system = properties("marqtune.baseUrl", "https://system.example", "marqtune.env", "staging");
        Map<String, String> environment = Map.of(
                "MARQTUNE_BASE_URL", "https://environment.example",
                "MARQTUNE_MODEL_ID", "from-environment",
                "MARQTUNE_API_KEY", "k3y-from-environment");

        SuiteConfiguration configuration = configuration(system, environment);

        assertThat(configuration.target().map(Target::baseUrl)).contains(URI.create("https://system.example"));
        assertThat(configuration.modelId()).contains("from-environment");
        assertThat(configuration.requireTarget().serverErrorModelId()).contains("trigger-from-profile");
        assertThat(configuration.timeouts().read()).isEqualTo(Duration.ofSeconds(3));
        assertThat(configuration.timeouts().connect()).isEqualTo(Duration.ofSeconds(5));
        assertThat(configuration.profile()).contains("staging");
    }

    @Test
    void aTrailingSlashOfTheBaseUrlIsDropped() {
        SuiteConfiguration configuration = configuration(
                properties("marqtune.baseUrl", "https://marqtune.example/"), Map.of("MARQTUNE_API_KEY", "key-0123456789"));

        assertThat(configuration.target().map(Target::baseUrl)).contains(URI.create("https://marqtune.example"));
    }

    @Test
    void aMalformedBaseUrlNamesTheSettingWhatWasGivenAndTheAcceptedForm() {
        assertThatThrownBy(() -> configuration(properties("marqtune.baseUrl", "marqtune.example"), Map.of("MARQTUNE_API_KEY", "key-0123456789")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.baseUrl", "'marqtune.example'", "absolute http or https URL");
        assertThatThrownBy(() -> configuration(properties("marqtune.baseUrl", "ftp://marqtune.example"), Map.of("MARQTUNE_API_KEY", "key-0123456789")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ftp://marqtune.example");
    }

    @Test
    void credentialsInAUrlAreRefusedWithoutBeingRepeated() {
        assertThatThrownBy(() -> configuration(properties("marqtune.baseUrl", "https://admin:hunter2@marqtune.example"),
                Map.of("MARQTUNE_API_KEY", "key-0123456789")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.baseUrl", "****@marqtune.example")
                .message().doesNotContain("hunter2");
        assertThatThrownBy(() -> configuration(properties("marqtune.proxy", "http://user:s3cret@proxy.example:3128"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("marqtune.proxy")
                .message().doesNotContain("s3cret");
    }

    @Test
    void aProxyIsHttpHostAndPort() {
        assertThat(configuration(properties("marqtune.baseUrl", "https://marqtune.example", "marqtune.proxy",
                "http://proxy.example:3128"), Map.of("MARQTUNE_API_KEY", "key-0123456789")).requireTarget().proxy())
                .contains(URI.create("http://proxy.example:3128"));
        assertThatThrownBy(() -> configuration(properties("marqtune.proxy", "proxy.example:3128"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.proxy", "'proxy.example:3128'", "http://host:port");
        assertThatThrownBy(() -> configuration(properties("marqtune.proxy", "http://proxy.example"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("http://host:port");
    }

    @Test
    void retriesAreAWholeNumberFromZeroToFive() {
        assertThat(configuration(new Properties(), Map.of()).resends().transportRetries()).isEqualTo(1);
        assertThat(configuration(properties("marqtune.retries", "0"), Map.of()).resends().transportRetries()).isZero();
        assertThatThrownBy(() -> configuration(properties("marqtune.retries", "6"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.retries", "'6'", "from 0 to 5");
        assertThatThrownBy(() -> configuration(properties("marqtune.retries", "once"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'once'");
    }

    @Test
    void aTruststoreThatCannotBeReadIsRefusedWithoutItsPassword() throws IOException {
        Path notAStore = profiles.resolve("not-a-store.p12");
        Files.writeString(notAStore, "this is not a keystore");

        assertThatThrownBy(() -> configuration(properties("marqtune.tls.truststore", profiles.resolve("missing.p12").toString()), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.tls.truststore", "missing.p12", "not a readable file", "PKCS12 or JKS");
        assertThatThrownBy(() -> configuration(properties("marqtune.tls.truststore", notAStore.toString()),
                Map.of("MARQTUNE_TLS_TRUSTSTORE_PASSWORD", "pa55word-secret")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.tls.truststore", "could not be read")
                .message().doesNotContain("pa55word-secret");
    }

    @Test
    void theRequestDeadlineDefaultsToConnectPlusReadTimeout() {
        assertThat(configuration(properties("marqtune.timeout.connectMs", "1000", "marqtune.timeout.readMs", "2000"), Map.of())
                .timeouts().requestDeadline()).isEqualTo(Duration.ofSeconds(3));
        assertThat(configuration(properties("marqtune.timeout.requestMs", "700"), Map.of()).timeouts().requestDeadline())
                .isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aBaseUrlWithoutAKeyIsRefusedAndPointsToTheEnvironmentVariable() {
        assertThatThrownBy(() -> configuration(properties("marqtune.baseUrl", "https://marqtune.example"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.apiKey", "missing", "MARQTUNE_API_KEY");
    }

    @Test
    void aTimeoutThatIsNotAPositiveWholeNumberIsRefused() {
        assertThatThrownBy(() -> configuration(properties("marqtune.timeout.connectMs", "5s"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.timeout.connectMs", "'5s'", "whole number of milliseconds");
        assertThatThrownBy(() -> configuration(new Properties(), Map.of("MARQTUNE_TIMEOUT_READ_MS", "0")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("marqtune.timeout.readMs");
    }

    @Test
    void strictnessIsTrueOrFalseAndNothingElse() {
        assertThat(configuration(properties("marqtune.schema.strict", "false"), Map.of()).strictSchemas()).isFalse();
        assertThatThrownBy(() -> configuration(properties("marqtune.schema.strict", "no"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("marqtune.schema.strict", "'no'", "true or false");
    }

    @Test
    void theForeignKeyIsASecretAndMustDifferFromTheKey() {
        assertThatThrownBy(() -> configuration(new Properties(), Map.of("MARQTUNE_API_KEY", "same-key", "MARQTUNE_FOREIGN_API_KEY", "same-key")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("marqtune.foreignApiKey")
                .message().doesNotContain("same-key");
        SuiteConfiguration configuration = configuration(new Properties(),
                Map.of("MARQTUNE_API_KEY", "first-key", "MARQTUNE_FOREIGN_API_KEY", "second-k3y"));
        assertThat(configuration.toString()).doesNotContain("second-k3y").doesNotContain("first-key");
    }

    @Test
    void theLatencyBudgetDefaultsToTwentySamplesAndTwoSeconds() {
        SuiteConfiguration defaults = configuration(new Properties(), Map.of());
        SuiteConfiguration configured = configuration(properties("marqtune.latency.samples", "50", "marqtune.latency.p95Ms", "750"), Map.of());

        assertThat(defaults.latency().samples()).isEqualTo(20);
        assertThat(defaults.latency().p95()).isEqualTo(Duration.ofSeconds(2));
        assertThat(configured.latency().samples()).isEqualTo(50);
        assertThat(configured.latency().p95()).isEqualTo(Duration.ofMillis(750));
        assertThatThrownBy(() -> configuration(properties("marqtune.latency.samples", "0"), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("from 1 to 1000");
    }

    @Test
    void theKeyAppearsInNoDescriptionOfTheConfiguration() {
        SuiteConfiguration configuration = configuration(
                properties("marqtune.baseUrl", "https://marqtune.example"), Map.of("MARQTUNE_API_KEY", "s3cr3t-k3y-value"));

        assertThat(configuration.toString()).doesNotContain("s3cr3t-k3y-value").contains("https://marqtune.example");
        assertThat(configuration.requireTarget().apiKey().toString()).doesNotContain("s3cr3t-k3y-value");
        assertThat(configuration.requireTarget().apiKey().reveal()).isEqualTo("s3cr3t-k3y-value");
    }

    /** Targeting the simulator replaces the target, its R6 hook included, and nothing else. */
    @Test
    void theSimulatorReplacesTheTargetAndNothingElse() {
        SuiteConfiguration configured = configuration(properties("marqtune.baseUrl", "https://marqtune.example",
                "marqtune.serverError.modelId", "my-trigger", "marqtune.modelId", "my-model", "marqtune.timeout.readMs", "1234"),
                Map.of("MARQTUNE_API_KEY", "live-key"));

        SuiteConfiguration simulated = configured.targeting(Target.simulator(URI.create("http://127.0.0.1:1234"),
                new Secret("simulator-key"), new Secret("simulator-foreign-key"), "simulator-trigger"));

        assertThat(simulated.requireTarget().baseUrl()).isEqualTo(URI.create("http://127.0.0.1:1234"));
        assertThat(simulated.requireTarget().apiKey().reveal()).isEqualTo("simulator-key");
        assertThat(simulated.requireTarget().serverErrorModelId()).contains("simulator-trigger");
        assertThat(simulated.requireTarget().isSimulator()).isTrue();
        assertThat(simulated.requireTarget().foreignApiKey()).contains(new Secret("simulator-foreign-key"));
        assertThat(simulated.secrets()).containsExactly(new Secret("simulator-key"), new Secret("simulator-foreign-key"));
        assertThat(simulated.modelId()).contains("my-model");
        assertThat(simulated.timeouts()).isEqualTo(configured.timeouts());
        assertThat(configuration(new Properties(), Map.of()).target()).as("no base URL: the simulator's to fill").isEmpty();
    }

    private SuiteConfiguration configuration(Properties system, Map<String, String> environment) {
        return SuiteConfiguration.from(system, environment, profiles);
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
