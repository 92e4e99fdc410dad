package conformance.marqtune.simulator;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The contract's replies as pure functions: the service's statusCode/body envelope and the gateway's bare message. */
final class Replies {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Replies() {
    }

    static SimulatorReply model(SimulatedModel model) {
        return envelope(Kind.MODEL, 200, model.toJson(MAPPER));
    }

    static SimulatorReply listing(Iterable<SimulatedModel> models) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode list = body.putArray("models");
        models.forEach(model -> list.add(model.toJson(MAPPER)));
        return envelope(Kind.MODEL_LIST, 200, body);
    }

    static SimulatorReply invalidMethod() {
        return serviceError(Kind.INVALID_METHOD, 400, "Invalid request method");
    }

    static SimulatorReply invalidModelId() {
        return serviceError(Kind.INVALID_MODEL_ID, 400, "Invalid model id");
    }

    static SimulatorReply unauthorized() {
        return gatewayError(Kind.UNAUTHORIZED, 401, "Unauthorized.");
    }

    static SimulatorReply notFound() {
        return serviceError(Kind.NOT_FOUND, 404, "model not found");
    }

    static SimulatorReply internalServerError() {
        return gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.");
    }

    /** The gateway's rate limit: not on the page, but every live gateway has one. */
    static SimulatorReply tooManyRequests(int retryAfterSeconds) {
        return gatewayError(Kind.THROTTLED, 429, "Too Many Requests").withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    static SimulatorReply envelope(Kind kind, int status, JsonNode body) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("statusCode", status);
        envelope.set("body", body);
        return json(kind, status, envelope);
    }

    static SimulatorReply serviceError(Kind kind, int status, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("message", message);
        return envelope(kind, status, body);
    }

    static SimulatorReply gatewayError(Kind kind, int status, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("message", message);
        return json(kind, status, body);
    }

    static ObjectNode bodyOf(SimulatorReply reply) {
        return (ObjectNode) MAPPER.readTree(reply.body());
    }

    static SimulatorReply withBody(SimulatorReply reply, JsonNode body) {
        return reply.withBody(MAPPER.writeValueAsBytes(body));
    }

    private static SimulatorReply json(Kind kind, int status, JsonNode body) {
        return new SimulatorReply(kind, status, Optional.of(SimulatorReply.JSON), MAPPER.writeValueAsBytes(body));
    }

    static SimulatorReply withModelIdInUpperCase(SimulatorReply reply) {
        ObjectNode envelope = bodyOf(reply);
        ObjectNode model = (ObjectNode) envelope.get("body");
        model.put("modelId", model.path("modelId").asString("").toUpperCase(java.util.Locale.ROOT));
        return withBody(reply, envelope);
    }
}
