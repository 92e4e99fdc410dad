package conformance.marqtune.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One parameter of a request's query, as sent (percent-encoded here) and as shown (a shell expression where it holds the key). */
public record QueryParameter(String name, String value, String shown) {

    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(shown, "shown");
    }

    public static QueryParameter plain(String name, String value) {
        return new QueryParameter(name, value, value);
    }

    String sent() {
        return encode(name) + "=" + encode(value);
    }

    /** As a curl line's --data-urlencode gives it: the name encoded, the value as shown, for the shell to expand and curl to encode. */
    String shownForShell() {
        return encode(name) + "=" + (holdsASecret() ? shown : value);
    }

    boolean holdsASecret() {
        return !value.equals(shown);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
