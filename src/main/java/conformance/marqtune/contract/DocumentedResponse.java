package conformance.marqtune.contract;

import java.util.Arrays;
import java.util.Optional;

/** The six responses of the vendor's page, R1 to R6, as {@code contract/get-model.md} numbers them. */
public enum DocumentedResponse {
    R1(200, Envelope.SERVICE, Optional.empty(), "the model"),
    R2(400, Envelope.SERVICE, Optional.of("Invalid request method"), "invalid request method"),
    R3(400, Envelope.SERVICE, Optional.of("Invalid model id"), "invalid model id"),
    R4(401, Envelope.GATEWAY, Optional.of("Unauthorized."), "unauthorised"),
    R5(404, Envelope.SERVICE, Optional.of("model not found"), "model not found"),
    R6(500, Envelope.GATEWAY, Optional.of("Internal server error."), "internal server error");

    /** Who answers: the service wraps its answer in statusCode and body; the gateway sends a bare message. */
    public enum Envelope { SERVICE, GATEWAY }

    private final int status;
    private final Envelope envelope;
    private final Optional<String> message;
    private final String title;

    DocumentedResponse(int status, Envelope envelope, Optional<String> message, String title) {
        this.status = status;
        this.envelope = envelope;
        this.message = message;
        this.title = title;
    }

    /** The documented response with this status, envelope and message; the feature files may name no other. */
    public static DocumentedResponse of(Envelope envelope, int status, Optional<String> message) {
        return Arrays.stream(values())
                .filter(r -> r.envelope == envelope && r.status == status && r.message.equals(message))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the page documents no " + envelope.name().toLowerCase()
                        + " response " + status + message.map(m -> " \"" + m + "\"").orElse("")
                        + ": the feature file names a response that is not in the contract"));
    }

    public int status() {
        return status;
    }

    public Envelope envelope() {
        return envelope;
    }

    public Optional<String> message() {
        return message;
    }

    public String label() {
        return name() + " (" + status + " " + message.map(m -> "\"" + m + "\"").orElse(title) + ")";
    }
}
