package conformance.marqtune.contract;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.Pace;
import conformance.marqtune.configuration.Resends;
import conformance.marqtune.configuration.ResponseLimits;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Timeouts;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model of R1 is read once, so that a verdict can tell a wrong {@code marqtune.modelId} from a broken rule. */
class ModelUnderTestTest {

    private static SimulatorServer simulator;
    private static ModelsApi api;

    @BeforeAll
    static void start() {
        simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys());
        Target target = Target.simulator(simulator.baseUrl(), new Secret(simulator.settings().apiKey()),
                new Secret(simulator.settings().foreignApiKey()), SeededModels.SERVER_ERROR_MODEL_ID);
        api = new ModelsApi(target, new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new Resends(0, 0), ResponseLimits.DEFAULTS, Pace.unlimited());
    }

    @AfterAll
    static void stop() {
        api.close();
        simulator.close();
    }

    @Test
    void aConfiguredModelThatIsNotFoundIsNamedWithItsAnswerAndHowToReproduceIt() {
        ModelUnderTest model = new ModelUnderTest(Optional.of("11111111-2222-4333-8444-555555555555"));

        assertThat(model.id(api)).isEqualTo("11111111-2222-4333-8444-555555555555");
        assertThat(model.unreadable()).hasValueSatisfying(why -> assertThat(why)
                .startsWith("the configured model 11111111-2222-4333-8444-555555555555 (marqtune.modelId) cannot be read with the "
                        + "configured key: HTTP 404")
                .contains("reproduce: curl ", "$MARQTUNE_API_KEY")
                .doesNotContain(simulator.settings().apiKey()));
    }

    @Test
    void aModelThatIsReadOrOneFoundInTheListingIsNoReason() {
        ModelUnderTest configured = new ModelUnderTest(Optional.of(SeededModels.READY_MODEL_ID));
        ModelUnderTest discovered = new ModelUnderTest(Optional.empty());

        assertThat(configured.id(api)).isEqualTo(SeededModels.READY_MODEL_ID);
        assertThat(discovered.id(api)).isNotBlank();
        assertThat(configured.unreadable()).isEmpty();
        assertThat(discovered.unreadable()).isEmpty();
    }
}
