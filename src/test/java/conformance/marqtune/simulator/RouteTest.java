package conformance.marqtune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The route as the service reads it, parsed once into the request. */
class RouteTest {

    private static final String ID = SeededModels.READY_MODEL_ID;

    @Test
    void dotSegmentsAreRemovedBeforeRouting() {
        assertThat(Route.parse("/models/..").segments()).as("/models/.. is the root, not a model id").isEmpty();
        assertThat(Route.parse("/x/../models").isListing()).isTrue();
        assertThat(Route.parse("/models/./" + ID).modelId()).isEqualTo(ID);
    }

    @Test
    void anEncodedSlashStaysInsideItsSegment() {
        Route route = Route.parse("/models/a%2Fb");

        assertThat(route.segments()).containsExactly("models", "a/b");
        assertThat(route.namesOneModel()).isTrue();
        assertThat(route.modelId()).isEqualTo("a/b");
    }

    @Test
    void eachSegmentIsPercentDecodedOnItsOwn() {
        assertThat(Route.parse("/models/caf%C3%A9").modelId()).isEqualTo("café");
        assertThat(Route.parse("/models/a+b").modelId()).as("a plus is not a space in a path").isEqualTo("a+b");
        assertThat(Route.parse("/models/%zz").modelId()).as("a malformed escape stays as sent").isEqualTo("%zz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/models", "/models/", "models"})
    void theListingIsModelsAlone(String path) {
        Route route = Route.parse(path);

        assertThat(route.isListing()).isTrue();
        assertThat(route.namesOneModel()).isFalse();
        assertThat(route.modelId()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/model", "/v2/models", "/models/" + ID + "/checkpoints"})
    void otherPathsNameNoModel(String path) {
        Route route = Route.parse(path);

        assertThat(route.isListing() || route.namesOneModel()).isFalse();
        assertThat(route.modelId()).isEmpty();
    }

    @Test
    void aUuidMayBeInEitherCaseButNothingMore() {
        assertThat(Route.isUuid(ID)).isTrue();
        assertThat(Route.isUuid(ID.toUpperCase())).isTrue();
        assertThat(Route.isUuid("{" + ID + "}")).isFalse();
        assertThat(Route.isUuid(ID + "1")).isFalse();
    }

    @Test
    void theRequestCarriesItsRouteAndKeepsItWhenRewritten() {
        SimulatorRequest head = new SimulatorRequest("HEAD", "/models/" + ID, Optional.empty());
        SimulatorRequest asGetWithKey = head.withMethod("GET").withApiKey("key");

        assertThat(head.readsOneModel()).as("HEAD reads as GET does").isTrue();
        assertThat(head.withMethod("POST").readsOneModel()).isFalse();
        assertThat(new SimulatorRequest("GET", "/models", Optional.empty()).readsListing()).isTrue();
        assertThat(asGetWithKey.route()).isSameAs(head.route());
        assertThat(asGetWithKey.rawPath()).isEqualTo("/models/" + ID);
        assertThat(asGetWithKey.apiKey()).contains("key");
    }
}
