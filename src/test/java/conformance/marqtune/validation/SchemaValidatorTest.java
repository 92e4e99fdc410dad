package conformance.marqtune.validation;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.simulator.GetModelService;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorReply;
import conformance.marqtune.simulator.SimulatorRequest;
import conformance.marqtune.simulator.SimulatorSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each schema accepts what the contract prescribes and rejects each way of breaking it, naming path and rule. */
class SchemaValidatorTest {

    private static final String KEY = "schema-test-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SchemaValidator strict = new SchemaValidator(Path.of("schemas"), true);
    private final GetModelService service =
            new GetModelService(new SimulatorSettings(KEY, "other-key", 8, Optional.empty()));

    @ParameterizedTest
    @ValueSource(strings = {SeededModels.READY_MODEL_ID, SeededModels.FAILED_MODEL_ID,
            SeededModels.TRAINING_MODEL_ID, SeededModels.MINIMAL_MODEL_ID})
    void modelDetailsAcceptsEverySeededModel(String modelId) {
        assertPasses("model-details", reply("GET", "/models/" + modelId, KEY));
    }

    @Test
    void eachSchemaAcceptsTheSimulatorsResponse() {
        assertPasses("model-list", reply("GET", "/models", KEY));
        assertPasses("service-error", reply("POST", "/models/" + SeededModels.READY_MODEL_ID, KEY));
        assertPasses("service-error", reply("GET", "/models/not-a-uuid", KEY));
        assertPasses("service-error", reply("GET", "/models/00000000-0000-4000-8000-000000000000", KEY));
        assertPasses("gateway-error", reply("GET", "/models/" + SeededModels.READY_MODEL_ID, "wrong"));
        assertPasses("gateway-error", reply("GET", "/models/" + SeededModels.SERVER_ERROR_MODEL_ID, KEY));
    }

    static Stream<Arguments> brokenBodies() {
        String model = "{\"modelId\":\"3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01\",\"modelName\":\"m\",\"status\":\"Ready\","
                + "\"secondaryStatus\":\"Finished\",\"baseModel\":\"e5\",\"instanceType\":\"marqtune.basic\","
                + "\"checkpoints\":[],\"hyperparameters\":{}}";
        return Stream.of(
                Arguments.of("model-details", details(model.replace("\"modelName\":\"m\",", "")), "$.body", "required"),
                Arguments.of("model-details", details(model.replace("\"modelName\":\"m\"", "\"modelName\":\"\"")), "$.body.modelName", "minLength"),
                Arguments.of("model-details", details(model.replace("\"3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01\"", "\"model-1\"")), "$.body.modelId", "pattern"),
                Arguments.of("model-details", details(model.replace("marqtune.basic", "marqtune.large")), "$.body.instanceType", "enum"),
                Arguments.of("model-details", details(model.replace("\"Ready\"", "\"FAILED\"")), "$.body", "required"),
                Arguments.of("model-details", details(model.replace("\"checkpoints\"", "\"failureReason\":\"x\",\"checkpoints\"")), "$.body.failureReason", "false"),
                Arguments.of("model-details", details(model.replace("\"checkpoints\":[]", "\"checkpoints\":\"epoch_1\"")), "$.body.checkpoints", "type"),
                Arguments.of("model-details", details(model.replace("\"hyperparameters\":{}", "\"hyperparameters\":\"see guide\"")), "$.body.hyperparameters", "type"),
                Arguments.of("model-details", details(model.replace("\"checkpoints\"", "\"maxTrainingTime\":-1,\"checkpoints\"")), "$.body.maxTrainingTime", "oneOf"),
                Arguments.of("model-details", details(model.replace("\"checkpoints\"", "\"baseCheckpoint\":null,\"checkpoints\"")), "$.body.baseCheckpoint", "type"),
                Arguments.of("model-details", details(model.replace("\"checkpoints\"", "\"ownerEmail\":\"a@b.c\",\"checkpoints\"")), "$.body", "additionalProperties"),
                Arguments.of("model-details", model, "$", "required"),
                Arguments.of("model-details", "{\"statusCode\":\"200\",\"body\":" + model + "}", "$.statusCode", "type"),
                Arguments.of("model-list", "{\"statusCode\":200,\"body\":{\"models\":[" + model.replace("\"status\":\"Ready\",", "") + "]}}", "$.body.models[0]", "required"),
                Arguments.of("service-error", "{\"statusCode\":400,\"body\":{\"error\":\"Invalid model id\"}}", "$.body", "required"),
                Arguments.of("service-error", "{\"statusCode\":400,\"body\":{\"message\":\"Invalid model id\",\"trace\":\"x\"}}", "$.body", "additionalProperties"),
                Arguments.of("service-error", "{\"statusCode\":500,\"body\":{\"message\":\"Invalid model id\"}}", "$.statusCode", "maximum"),
                Arguments.of("service-error", "{\"message\":\"Invalid model id\"}", "$", "required"),
                Arguments.of("service-error", "{\"statusCode\":404,\"body\":{\"message\":\"model not found\"},\"requestId\":\"r\"}", "$", "additionalProperties"),
                Arguments.of("gateway-error", "{\"statusCode\":401,\"body\":{\"message\":\"Unauthorized.\"}}", "$", "required"),
                Arguments.of("gateway-error", "{\"message\":\"Unauthorized.\",\"statusCode\":401}", "$", "additionalProperties"),
                Arguments.of("gateway-error", "{\"message\":42}", "$.message", "type"));
    }

    @ParameterizedTest(name = "{0} rejects {3} at {2}")
    @MethodSource("brokenBodies")
    void eachSchemaRejectsABodyThatBreaksOneOfItsRules(String schema, String body, String path, String keyword) {
        SchemaResult result = strict.validate(schema, JSON.readTree(body));

        assertThat(result.passed()).as("%s accepted %s", schema, body).isFalse();
        assertThat(result.failures())
                .as("violations of %s for %s", schema, body)
                .anySatisfy(violation -> {
                    assertThat(violation.path()).isEqualTo(path);
                    assertThat(violation.keyword()).isEqualTo(keyword);
                });
        assertThat(result.describeFailures()).contains(path, "rule '" + keyword + "'");
    }

    @Test
    void relaxedSchemasTurnUndocumentedFieldsIntoWarningsAndNothingElse() {
        SchemaValidator relaxed = new SchemaValidator(Path.of("schemas"), false);
        JsonNode extraField = JSON.readTree(reply("GET", "/models/" + SeededModels.READY_MODEL_ID, KEY));
        ((tools.jackson.databind.node.ObjectNode) extraField.get("body")).put("region", "eu-west-1");
        JsonNode extraAndBroken = extraField.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) extraAndBroken.get("body")).put("instanceType", "marqtune.large");

        SchemaResult warned = relaxed.validate("model-details", extraField);
        SchemaResult failed = relaxed.validate("model-details", extraAndBroken);

        assertThat(warned.passed()).isTrue();
        assertThat(warned.warnings()).singleElement().extracting(SchemaViolation::keyword).isEqualTo("additionalProperties");
        assertThat(failed.passed()).isFalse();
        assertThat(failed.failures()).extracting(SchemaViolation::keyword).containsExactly("enum");
        assertThat(strict.validate("model-details", extraField).passed()).isFalse();
        assertThat(relaxed.validate("gateway-error", JSON.readTree("{\"message\":\"Unauthorized.\",\"statusCode\":401}")).passed())
                .as("an envelope's shape is not an undocumented field of the model").isFalse();
    }

    private static String details(String model) {
        return "{\"statusCode\":200,\"body\":" + model + "}";
    }

    private String reply(String method, String path, String key) {
        SimulatorReply reply = service.handle(SimulatorRequest.of(method, path, Optional.of(key)));
        return reply.bodyText();
    }

    private void assertPasses(String schema, String body) {
        SchemaResult result = strict.validate(schema, JSON.readTree(body));
        assertThat(result.passed()).as("%s rejected %s:%n%s", schema, body, result.describeFailures()).isTrue();
    }
}
