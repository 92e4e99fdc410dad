package conformance.marqtune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The route as the service reads it, strictly, parsed once into the request. */
class RouteTest {

    private static final String ID = SeededModels.READY_MODEL_ID;

    @Test
    void nothingIsResolvedMergedOrDroppedBeforeRouting() {
        assertThat(Route.parse("/models/..", true).modelId()).as("a dot-segment is a segment").isEqualTo("..");
        assertThat(Route.parse("/models/./" + ID, true).namesOneModel()).isFalse();
        assertThat(Route.parse("//models/" + ID, true).namesOneModel()).isFalse();
        assertThat(Route.parse("/models/" + ID + "/", true).namesOneModel()).isFalse();
        assertThat(Route.parse("/Models/" + ID, true).namesOneModel()).isFalse();
        assertThat(Route.parse("/models;v=1/" + ID, true).namesOneModel()).isFalse();
    }

    @Test
    void anEncodedSlashStaysInsideItsSegment() {
        Route route = Route.parse("/models/a%2Fb", true);

        assertThat(route.segments()).containsExactly("models", "a/b");
        assertThat(route.namesOneModel()).isTrue();
        assertThat(route.modelId()).isEqualTo("a/b");
        assertThat(Route.parse("/models%2F" + ID, true).namesOneModel()).isFalse();
    }

    @Test
    void eachSegmentIsPercentDecodedOnceOrNotAtAll() {
        assertThat(Route.parse("/models/caf%C3%A9", true).modelId()).isEqualTo("café");
        assertThat(Route.parse("/models/a+b", true).modelId()).as("a plus is not a space in a path").isEqualTo("a+b");
        assertThat(Route.parse("/models/%zz", true).modelId()).as("a malformed escape stays as sent").isEqualTo("%zz");
        assertThat(Route.parse("/m%6Fdels/" + ID, true).namesOneModel()).isTrue();
        assertThat(Route.parse("/m%256Fdels/" + ID, true).namesOneModel()).as("decoded once, never twice").isFalse();
        assertThat(Route.parse("/m%6Fdels/" + ID, false).namesOneModel()).as("read literally").isFalse();
    }

    @Test
    void theListingIsModelsAloneAndAnEmptyIdIsAnId() {
        assertThat(Route.parse("/models", true).isListing()).isTrue();
        assertThat(Route.parse("/models/", true).namesOneModel()).isTrue();
        assertThat(Route.parse("/models/", true).modelId()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/model", "/v2/models", "/models/" + ID + "/checkpoints", "models"})
    void otherPathsNameNoModel(String path) {
        Route route = Route.parse(path, true);

        assertThat(route.isListing() || route.namesOneModel()).isFalse();
        assertThat(route.modelId()).isEmpty();
    }

    @Test
    void aUuidMayBeInEitherCaseButNothingMore() {
        assertThat(Uuids.isCanonical(ID)).isTrue();
        assertThat(Uuids.isCanonical(ID.toUpperCase())).isTrue();
        assertThat(Uuids.isCanonical("{" + ID + "}")).isFalse();
        assertThat(Uuids.isCanonical(ID + "1")).isFalse();
        assertThat(Uuids.isCanonical(ID.replace('0', '\uFF10'))).as("a digit that is not ASCII").isFalse();
    }

    @Test
    void onlyExactlyGetReadsAndTheTargetMayBeAbsolute() {
        SimulatorRequest head = SimulatorRequest.of("HEAD", "/models/" + ID, Optional.empty());

        assertThat(head.readsOneModel()).as("HEAD is not GET").isFalse();
        assertThat(head.withMethod("get").readsOneModel()).as("methods are case-sensitive").isFalse();
        assertThat(head.withMethod("GET").readsOneModel()).isTrue();
        assertThat(SimulatorRequest.of("GET", "http://127.0.0.1:8080/models/" + ID + "?a=b", Optional.empty()).route().modelId())
                .isEqualTo(ID);
        assertThat(SimulatorRequest.of("GET", "/models?a=b", Optional.empty()).readsListing()).isTrue();
    }

    @Test
    void twoKeyFieldsAreOneCommaJoinedList() {
        SimulatorRequest twice = new SimulatorRequest("GET", "/models/" + ID, Map.of("X-api-key", List.of("key", "key")), true);

        assertThat(twice.apiKey()).contains("key, key");
        assertThat(twice.withApiKey("key").apiKey()).contains("key");
    }
}
