package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What came back for one {@link Exchange}: status, headers and body, and the body as JSON when it is JSON.
 * Whatever it says about itself for a message ({@link #summary()}, {@link #masked(String)}) has every
 * form of the run's keys hidden: a server may echo a key back.
 */
public record ApiResponse(Exchange exchange, int status, Map<String, String> headers, String body, SecretMask mask) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The Content-Type header, if the response had one. */
    public Optional<String> contentType() {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The media type without parameters, in lower case: {@code application/json; charset=utf-8} is {@code application/json}. */
    public Optional<String> mediaType() {
        return contentType().map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    /** The body as a JSON document, or empty when the body is not one (then {@link #jsonError()} says why). */
    public Optional<JsonNode> json() {
        try {
            return body.isEmpty() ? Optional.empty() : Optional.of(JSON.readTree(body));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    public String jsonError() {
        if (body.isEmpty()) {
            return "the body is empty";
        }
        try {
            JSON.readTree(body);
            return "the body is JSON";
        } catch (JacksonException notJson) {
            return "the body is not JSON: " + notJson.getOriginalMessage();
        }
    }

    /** Status, Content-Type and the start of the body, masked: what a failure message shows of what came back. */
    public String summary() {
        String shown = body.length() > 500 ? body.substring(0, 500) + "… (" + body.length() + " characters)" : body;
        return masked("HTTP " + status + ", Content-Type: " + contentType().orElse("(none)") + ", body: "
                + (shown.isEmpty() ? "(empty)" : shown));
    }

    /** {@code text} with every form of the run's keys hidden: for any message built from this response. */
    public String masked(String text) {
        return mask.mask(text);
    }
}
