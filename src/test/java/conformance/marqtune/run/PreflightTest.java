package conformance.marqtune.run;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.fixtures.MisbehavingServer;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PreflightTest {

    @Test
    void anyHttpAnswerMeansTheTargetIsReachable() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys());
             MisbehavingServer failing = MisbehavingServer.answers(503, "{}")) {
            assertThat(Preflight.check(configuration(simulator.baseUrl().toString()))).isEmpty();
            assertThat(Preflight.check(configuration(failing.baseUrl().toString()))).isEmpty();
        }
    }

    @Test
    void noAnswerAtAllNamesTheTargetAndTheCause() {
        int port = MisbehavingServer.closedPort();

        assertThat(Preflight.check(configuration("http://127.0.0.1:" + port))).hasValueSatisfying(reason ->
                assertThat(reason).contains("http://127.0.0.1:" + port, "cannot be reached", "Connection refused",
                        "no scenario was run"));
    }

    @Test
    void aPeerThatDoesNotSpeakHttpIsUnreachable() {
        try (MisbehavingServer garbage = MisbehavingServer.speaksGarbage()) {
            assertThat(Preflight.check(configuration(garbage.baseUrl().toString()))).hasValueSatisfying(reason ->
                    assertThat(reason).contains("cannot be reached").doesNotContain("Read timed out"));
        }
    }

    private static SuiteConfiguration configuration(String baseUrl) {
        Properties properties = new Properties();
        properties.setProperty("marqtune.baseUrl", baseUrl);
        properties.setProperty("marqtune.timeout.readMs", "1000");
        return SuiteConfiguration.from(properties, Map.of("MARQTUNE_API_KEY", "preflight-key"), Path.of("environments"));
    }
}
