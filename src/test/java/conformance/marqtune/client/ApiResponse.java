package conformance.marqtune.client;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What came back for one {@link Exchange}: status, headers and body, and the body as JSON when it is JSON. */
public record ApiResponse(Exchange exchange, int status, Map<String, String> headers, String body) {

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

    /** Status, Content-Type and the start of the body: what a failure message shows of what came back. */
    public String summary() {
        String shown = body.length() > 500 ? body.substring(0, 500) + "… (" + body.length() + " characters)" : body;
        return "HTTP " + status + ", Content-Type: " + contentType().orElse("(none)") + ", body: "
                + (shown.isEmpty() ? "(empty)" : shown);
    }
}
