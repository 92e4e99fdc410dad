package conformance.marqtune.simulator;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's replies, as pure functions: the service's {@code statusCode}/{@code body} envelope,
 * the gateway's bare {@code {message}}, and the JSON of a reply read back, for the service and the
 * faults alike.
 */
final class Replies {

    /** The one mapper of the simulator; immutable, so shared. */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Replies() {
    }

    /** R1. */
    static SimulatorReply model(SimulatedModel model) {
        return envelope(Kind.MODEL, 200, model.toJson(MAPPER));
    }

    static SimulatorReply listing(Iterable<SimulatedModel> models) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode list = body.putArray("models");
        models.forEach(model -> list.add(model.toJson(MAPPER)));
        return envelope(Kind.MODEL_LIST, 200, body);
    }

    /** R2. */
    static SimulatorReply invalidMethod() {
        return serviceError(Kind.INVALID_METHOD, 400, "Invalid request method");
    }

    /** R3. */
    static SimulatorReply invalidModelId() {
        return serviceError(Kind.INVALID_MODEL_ID, 400, "Invalid model id");
    }

    /** R4. */
    static SimulatorReply unauthorized() {
        return gatewayError(Kind.UNAUTHORIZED, 401, "Unauthorized.");
    }

    /** R5. */
    static SimulatorReply notFound() {
        return serviceError(Kind.NOT_FOUND, 404, "model not found");
    }

    /** R6. */
    static SimulatorReply internalServerError() {
        return gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.");
    }

    /** The gateway's rate limit: not on the page, but every live gateway has one. */
    static SimulatorReply tooManyRequests(int retryAfterSeconds) {
        return gatewayError(Kind.THROTTLED, 429, "Too Many Requests").withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    /** The service's shape: {@code {"statusCode": status, "body": body}}. */
    static SimulatorReply envelope(Kind kind, int status, JsonNode body) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("statusCode", status);
        envelope.set("body", body);
        return json(kind, status, envelope);
    }

    /** The service's error: {@code {"statusCode": status, "body": {"message": message}}}. */
    static SimulatorReply serviceError(Kind kind, int status, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("message", message);
        return envelope(kind, status, body);
    }

    /** The gateway's error: {@code {"message": message}}, with no envelope. */
    static SimulatorReply gatewayError(Kind kind, int status, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("message", message);
        return json(kind, status, body);
    }

    /** The reply's body read as a JSON object, to be edited. */
    static ObjectNode bodyOf(SimulatorReply reply) {
        return (ObjectNode) MAPPER.readTree(reply.body());
    }

    /** The same reply with {@code body} as its body, written as JSON. */
    static SimulatorReply withBody(SimulatorReply reply, JsonNode body) {
        return reply.withBody(MAPPER.writeValueAsBytes(body));
    }

    private static SimulatorReply json(Kind kind, int status, JsonNode body) {
        return new SimulatorReply(kind, status, Optional.of(SimulatorReply.JSON), MAPPER.writeValueAsBytes(body));
    }

    /** The same model reply with its {@code modelId} in upper case. */
    static SimulatorReply withModelIdInUpperCase(SimulatorReply reply) {
        ObjectNode envelope = bodyOf(reply);
        ObjectNode model = (ObjectNode) envelope.get("body");
        model.put("modelId", model.path("modelId").asString("").toUpperCase(java.util.Locale.ROOT));
        return withBody(reply, envelope);
    }
}
