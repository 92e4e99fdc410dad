package conformance.marqtune.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A request's path as the service routes it, strictly: split at every slash as sent (so an encoded slash stays
 * inside its segment, and an empty segment is a segment), each segment then percent-decoded once, or not at all
 * where the service is set to read escapes literally (the contract allows either). Nothing else is done to it: no
 * dot-segment is resolved, no slash merged or dropped, no case changed. {@code /models/{id}} is exactly two
 * segments, {@code models} and the id.
 */
public record Route(List<String> segments) {

    public Route {
        segments = List.copyOf(segments);
    }

    public static Route parse(String rawPath, boolean decodes) {
        if (!rawPath.startsWith("/")) {
            return new Route(List.of("", rawPath));
        }
        return new Route(Arrays.stream(rawPath.substring(1).split("/", -1)).map(segment -> decodes ? decode(segment) : segment).toList());
    }

    /** {@code /models}. */
    public boolean isListing() {
        return segments.size() == 1 && segments.get(0).equals("models");
    }

    /** {@code /models/{id}}, whatever the id. */
    public boolean namesOneModel() {
        return segments.size() == 2 && segments.get(0).equals("models");
    }

    /** The id of {@code /models/{id}}; empty for any other route. */
    public String modelId() {
        return namesOneModel() ? segments.get(1) : "";
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return segment;
        }
    }
}
