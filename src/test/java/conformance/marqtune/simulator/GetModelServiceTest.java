package conformance.marqtune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's contract, response by response, without HTTP. */
class GetModelServiceTest {

    private static final String KEY = "primary-key";
    private static final String FOREIGN_KEY = "foreign-key";
    private final GetModelService service =
            new GetModelService(new SimulatorSettings(KEY, FOREIGN_KEY, 0, Optional.empty()));
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {SeededModels.READY_MODEL_ID, SeededModels.FAILED_MODEL_ID,
            SeededModels.TRAINING_MODEL_ID, SeededModels.MINIMAL_MODEL_ID})
    void r1AnExistingModelIsReturnedInTheEnvelope(String modelId) {
        SimulatorReply reply = get("/models/" + modelId, KEY);

        assertThat(reply.kind()).isEqualTo(Kind.MODEL);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).contains("application/json");
        JsonNode body = json.readTree(reply.body());
        assertThat(body.get("statusCode").asInt()).isEqualTo(200);
        assertThat(body.path("body").path("modelId").asString()).isEqualTo(modelId);
    }

    @Test
    void r1SeedsCoverTheOptionalFieldsBothWays() {
        JsonNode ready = model(SeededModels.READY_MODEL_ID);
        JsonNode failed = model(SeededModels.FAILED_MODEL_ID);
        JsonNode minimal = model(SeededModels.MINIMAL_MODEL_ID);

        assertThat(ready.has("baseCheckpoint") && ready.has("maxTrainingTime") && !ready.has("failureReason")).isTrue();
        assertThat(failed.path("status").asString()).isEqualToIgnoringCase("failed");
        assertThat(failed.path("failureReason").asString()).isNotEmpty();
        assertThat(minimal.has("baseCheckpoint") || minimal.has("maxTrainingTime") || minimal.has("failureReason")).isFalse();
        assertThat(minimal.path("checkpoints").isEmpty()).isTrue();
    }

    @Test
    void r1AnUpperCaseUuidFindsTheSameModel() {
        assertThat(get("/models/" + SeededModels.READY_MODEL_ID.toUpperCase(), KEY).kind()).isEqualTo(Kind.MODEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "get", "PROPFIND"})
    void r2AMethodOtherThanGetIsAnInvalidRequestMethod(String method) {
        SimulatorReply reply = service.handle(SimulatorRequest.of(method, "/models/" + SeededModels.READY_MODEL_ID, Optional.of(KEY)));

        assertServiceError(reply, 400, "Invalid request method");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/model", "/v2/models", "/models/" + SeededModels.READY_MODEL_ID + "/checkpoints",
            "/models/./" + SeededModels.READY_MODEL_ID, "//models/" + SeededModels.READY_MODEL_ID, "/models/" + SeededModels.READY_MODEL_ID + "/",
            "/Models/" + SeededModels.READY_MODEL_ID, "/models%2F" + SeededModels.READY_MODEL_ID})
    void r2APathThatIsNotARouteIsAnInvalidRequestMethod(String path) {
        assertServiceError(get(path, KEY), 400, "Invalid request method");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1234567890", "0f8fad5b-d9cb-469f-a165-70867728950",
            "0f8fad5b-d9cb-469f-a165-70867728950e1", "%7B0f8fad5b-d9cb-469f-a165-70867728950e%7D",
            "0f8fad5b-d9cb-469f-a165-70867728950g", "a%2Fb", "%27%3B--", "..", ""})
    void r3AnIdThatIsNotAUuidIsAnInvalidModelId(String rawId) {
        assertServiceError(get("/models/" + rawId, KEY), 400, "Invalid model id");
    }

    @Test
    void r4AMissingWrongOrEmptyKeyIsUnauthorisedWhateverElseIsWrong() {
        for (Optional<String> key : java.util.List.of(Optional.<String>empty(), Optional.of("wrong"), Optional.of(""),
                Optional.of("Primary-key"))) {
            for (String path : new String[] {"/models/" + SeededModels.READY_MODEL_ID, "/models/not-a-uuid", "/nowhere"}) {
                SimulatorReply reply = service.handle(SimulatorRequest.of("POST", path, key));
                assertThat(reply.kind()).as("%s with key %s", path, key).isEqualTo(Kind.UNAUTHORIZED);
                assertThat(reply.status()).isEqualTo(401);
                assertThat(json.readTree(reply.body()).toString()).isEqualTo("{\"message\":\"Unauthorized.\"}");
            }
        }
    }

    @Test
    void r5AUuidThatNamesNoModelIsNotFound() {
        assertServiceError(get("/models/00000000-0000-0000-0000-000000000000", KEY), 404, "model not found");
    }

    @Test
    void r5AnotherAccountsModelIsNotFound() {
        assertServiceError(get("/models/" + SeededModels.FOREIGN_MODEL_ID, KEY), 404, "model not found");
        assertThat(get("/models/" + SeededModels.FOREIGN_MODEL_ID, FOREIGN_KEY).kind()).isEqualTo(Kind.MODEL);
        assertServiceError(get("/models/" + SeededModels.READY_MODEL_ID, FOREIGN_KEY), 404, "model not found");
    }

    @Test
    void r6TheFaultHookAnswersTheGatewaysInternalServerError() {
        SimulatorReply reply = get("/models/" + SeededModels.SERVER_ERROR_MODEL_ID, KEY);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(json.readTree(reply.body()).toString()).isEqualTo("{\"message\":\"Internal server error.\"}");
    }

    @Test
    void theListingHoldsTheAccountsModelsOnly() {
        SimulatorReply reply = get("/models", KEY);

        JsonNode models = json.readTree(reply.body()).path("body").path("models");
        assertThat(models.size()).isEqualTo(4);
        assertThat(models.get(0).path("modelId").asString()).isEqualTo(SeededModels.READY_MODEL_ID);
        assertThat(json.readTree(get("/models", FOREIGN_KEY).body()).path("body").path("models").size()).isEqualTo(1);
    }

    @Test
    void generatedModelsJoinTheListingAndCanBeFetched() {
        GetModelService large = new GetModelService(new SimulatorSettings(KEY, FOREIGN_KEY, 100, Optional.empty()));

        JsonNode models = json.readTree(large.handle(SimulatorRequest.of("GET", "/models", Optional.of(KEY))).body())
                .path("body").path("models");
        assertThat(models.size()).isEqualTo(104);
        String last = models.get(103).path("modelId").asString();
        assertThat(large.handle(SimulatorRequest.of("GET", "/models/" + last, Optional.of(KEY))).kind()).isEqualTo(Kind.MODEL);
    }

    @Test
    void requestsThatCouldChangeDataAreRecordedAndReadsAreNot() {
        service.handle(SimulatorRequest.of("GET", "/models/" + SeededModels.READY_MODEL_ID, Optional.of(KEY)));
        service.handle(SimulatorRequest.of("POST", "/models/0b9d6f1e-8a2c-4c3b-9e7d-5f4a3b2c1d00", Optional.of(KEY)));
        service.handle(SimulatorRequest.of("DELETE", "/models/0b9d6f1e-8a2c-4c3b-9e7d-5f4a3b2c1d00", Optional.of(KEY)));
        service.handle(SimulatorRequest.of("PUT", "/models/" + SeededModels.FOREIGN_MODEL_ID, Optional.of(KEY)));
        service.handle(SimulatorRequest.of("POST", "/models", Optional.of("wrong")));

        assertThat(service.unsafeRequests()).containsExactly(
                "DELETE /models/0b9d6f1e-8a2c-4c3b-9e7d-5f4a3b2c1d00",
                "PUT /models/" + SeededModels.FOREIGN_MODEL_ID,
                "POST /models");
    }

    private JsonNode model(String id) {
        return json.readTree(get("/models/" + id, KEY).body()).path("body");
    }

    private SimulatorReply get(String path, String key) {
        return service.handle(SimulatorRequest.of("GET", path, Optional.of(key)));
    }

    private void assertServiceError(SimulatorReply reply, int status, String message) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).contains("application/json");
        assertThat(json.readTree(reply.body()).toString())
                .isEqualTo("{\"statusCode\":" + status + ",\"body\":{\"message\":\"" + message + "\"}}");
    }
}
