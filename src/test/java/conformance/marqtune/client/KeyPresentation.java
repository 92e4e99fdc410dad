package conformance.marqtune.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a request presents a key: in which header or query parameter, with what value, and what a person
 * reproducing the request types instead (never the key itself: {@code $MARQTUNE_API_KEY}, or a shell
 * expression of it).
 *
 * @param description  what was presented, in words: {@code the configured API key with one character appended}
 * @param headers      the headers sent, name to value
 * @param query        the query string sent, or empty
 * @param shownHeaders the headers as the report and the curl line show them
 * @param shownQuery   the query string as the curl line writes it, or empty
 */
public record KeyPresentation(String description, Map<String, String> headers, String query,
                              Map<String, String> shownHeaders, String shownQuery) {

    public static final String API_KEY_HEADER = "x-api-key";

    public KeyPresentation {
        headers = Map.copyOf(headers);
        shownHeaders = Map.copyOf(shownHeaders);
    }

    /** {@code value} in the header {@code name}; {@code shown} is what the report and the curl line show instead. */
    public static KeyPresentation inHeader(String description, String name, String value, String shown) {
        return new KeyPresentation(description, Map.of(name, value), "", Map.of(name, shown), "");
    }

    /** {@code value} as the query parameter {@code name}, URL-encoded; no key header at all. */
    public static KeyPresentation inQuery(String description, String name, String value, String shown) {
        return new KeyPresentation(description, Map.of(), name + "=" + java.net.URLEncoder.encode(value,
                java.nio.charset.StandardCharsets.UTF_8), Map.of(), name + "=" + shown);
    }

    /** Every value this presentation sends as a key, as sent: its key headers' values, and its query's value. */
    public List<String> sentValues() {
        List<String> values = new ArrayList<>(headers.values());
        if (!query.isEmpty()) {
            values.add(java.net.URLDecoder.decode(query.substring(query.indexOf('=') + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return values;
    }

    /** No key anywhere. */
    public static KeyPresentation none(String description) {
        return new KeyPresentation(description, Map.of(), "", Map.of(), "");
    }

    /** The curl arguments that present the key as this does, for a shell where {@code MARQTUNE_API_KEY} is set. */
    String curlHeaders() {
        StringBuilder curl = new StringBuilder();
        shownHeaders.forEach((name, value) -> curl.append(" -H \"").append(name).append(": ")
                .append(value.replace("\"", "\\\"")).append('"'));
        return curl.toString();
    }
}
