package conformance.marqtune.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the service answers, and which contract response it means to be: deviations pick their targets by it. */
public record SimulatorReply(Kind kind, int status, Optional<String> contentType, byte[] body, int declaredLength,
                             Map<String, String> headers) {

    public SimulatorReply(Kind kind, int status, Optional<String> contentType, byte[] body) {
        this(kind, status, contentType, body, body.length, Map.of());
    }

    public static final String JSON = "application/json";

    /** The contract's responses, R1 to R6, and the listing. */
    public enum Kind { MODEL, MODEL_LIST, INVALID_METHOD, INVALID_MODEL_ID, UNAUTHORIZED, NOT_FOUND, SERVER_ERROR, THROTTLED }

    public SimulatorReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimulatorReply(kind, status, contentType, body, declaredLength, Map.copyOf(more));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public SimulatorReply withStatus(int otherStatus) {
        return new SimulatorReply(kind, otherStatus, contentType, body, declaredLength, headers);
    }

    public SimulatorReply withContentType(Optional<String> otherContentType) {
        return new SimulatorReply(kind, status, otherContentType, body, declaredLength, headers);
    }

    public SimulatorReply withBody(byte[] otherBody) {
        return new SimulatorReply(kind, status, contentType, otherBody, otherBody.length, headers);
    }

    /** The same body under a {@code Content-Length} that promises more: the server then closes the connection early. */
    public SimulatorReply withDeclaredLength(int length) {
        return new SimulatorReply(kind, status, contentType, body, length, headers);
    }

    public SimulatorReply withBody(String otherBody) {
        return withBody(otherBody.getBytes(StandardCharsets.UTF_8));
    }

    /** What {@link #declaredLength()} is for a body sent again and again, chunked, until the client stops reading. */
    public static final int ENDLESS = -2;

    public SimulatorReply withEndlessBody() {
        return new SimulatorReply(kind, status, contentType, body, ENDLESS, headers);
    }
}
