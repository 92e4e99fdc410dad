package conformance.marqtune.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The findings of a probe with settings meant to break the suite: each refused, or normalised, before any request. */
class HostileSettingsTest {

    private static final String CANARY = "mqk_Zt8Qp3LwX9vR2sNb7YcD4hJf6Ge1Ua5T";

    @Test
    void aKeyReadFromAFileWithItsNewlineIsSentMaskedAndScannedWithoutIt() {
        Secret key = target(Map.of("MARQTUNE_API_KEY", CANARY + "\n")).apiKey();

        assertThat(key.reveal()).isEqualTo(CANARY);
        assertThat(new SecretMask(key).mask("echo: " + CANARY + "!")).isEqualTo("echo: " + SecretMask.MASK + "!");
        assertThat(SettingSources.secretsGiven(new Properties(), Map.of("MARQTUNE_API_KEY", CANARY + "\r\n")))
                .containsExactly(new Secret(CANARY));
    }

    @Test
    void aKeyAHeaderCannotCarryIsRefusedNamingTheSettingNotTheValue() {
        for (String unsendable : new String[] {"mqk_Zt8Qp3Lw\nX9vR2sNb7Yc", "mqk_Zt8Qp3LwÄX9vR2sNb7Yc", "   ", "Kq7z9"}) {
            assertThatThrownBy(() -> target(Map.of("MARQTUNE_API_KEY", unsendable)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("configuration error: marqtune.apiKey is ")
                    .message().doesNotContain(unsendable.strip().isEmpty() ? "\u0000" : unsendable.strip());
        }
    }

    @Test
    void aBlankOrShortKeyNeverBecomesAScanThatFindsItEverywhere() {
        assertThat(SettingSources.secretsGiven(new Properties(), Map.of("MARQTUNE_API_KEY", "   "))).isEmpty();
        assertThat(SettingSources.secretsGiven(new Properties(), Map.of("MARQTUNE_API_KEY", "k"))).isEmpty();
    }

    @Test
    void numberSettingsOutOfRangeAreRefusedNamingTheRange() {
        assertThatThrownBy(() -> configuration("marqtune.timeout.readMs", "3000000000"))
                .isInstanceOf(ConfigurationException.class).hasMessageContainingAll("marqtune.timeout.readMs", "from 1 to 3600000");
        assertThatThrownBy(() -> configuration("marqtune.sweep.ratePerSecond", "0.000001"))
                .isInstanceOf(ConfigurationException.class).hasMessageContainingAll("marqtune.sweep.ratePerSecond", "0.1 to 1000");
        assertThatThrownBy(() -> configuration("marqtune.sweep.ratePerSecond", "1e10"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("0.1 to 1000");
        assertThatThrownBy(() -> configuration("marqtune.run.maxSeconds", "9999999999"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("marqtune.run.maxSeconds");
        assertThatThrownBy(() -> configuration("marqtune.response.maxBytes", "-1"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("marqtune.response.maxBytes");
    }

    private static Target target(Map<String, String> environment) {
        Properties properties = new Properties();
        properties.setProperty("marqtune.baseUrl", "http://127.0.0.1:1");
        return SuiteConfiguration.from(properties, environment, Path.of("environments")).requireTarget();
    }

    private static SuiteConfiguration configuration(String name, String value) {
        Properties properties = new Properties();
        properties.setProperty(name, value);
        return SuiteConfiguration.from(properties, Map.of(), Path.of("environments"));
    }
}
