package conformance.marqtune.simulator;

import conformance.marqtune.ids.ModelIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A request's path as the service routes it: its segments after dot-segment removal (so
 * {@code /models/..} is the root, not a model id), each percent-decoded on its own (so an encoded
 * slash stays inside its id).
 */
public record Route(List<String> segments) {

    public Route {
        segments = List.copyOf(segments);
    }

    public static Route parse(String rawPath) {
        String normalized;
        try {
            normalized = new URI(rawPath).normalize().getRawPath();
        } catch (URISyntaxException e) {
            normalized = rawPath;
        }
        String trimmed = normalized.replaceAll("^/+", "").replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return new Route(List.of());
        }
        return new Route(Arrays.stream(trimmed.split("/", -1)).map(Route::decode).toList());
    }

    /** {@code /models}. */
    public boolean isListing() {
        return segments.size() == 1 && segments.get(0).equals("models");
    }

    /** {@code /models/{id}}, whatever the id. */
    public boolean namesOneModel() {
        return segments.size() == 2 && segments.get(0).equals("models");
    }

    /** The id of {@code /models/{id}}, decoded; empty for any other route. */
    public String modelId() {
        return namesOneModel() ? segments.get(1) : "";
    }

    /** Whether {@code id} is a UUID in its canonical text form (any case): {@link ModelIds}' rule. */
    public static boolean isUuid(String id) {
        return ModelIds.isCanonical(id);
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return segment;
        }
    }
}
