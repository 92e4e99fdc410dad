package conformance.marqtune.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A path as the service routes it, strictly: split at every slash as sent (an encoded slash stays in its segment, an
 * empty segment counts), each segment decoded once or, if so set, not at all (the contract allows either); no
 * dot-segment resolved, no slash merged, no case changed.
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

    public boolean isListing() {
        return segments.size() == 1 && segments.get(0).equals("models");
    }

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
