package conformance.marqtune.client;

import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.Curl;
import java.net.URI;

/**
 * One request as it was sent, to which base URL, described so that a person can repeat it: never with the
 * key, but with {@code $MARQTUNE_API_KEY} (or a shell expression of it) where a key went.
 */
public record Exchange(ApiRequest request, String baseUrl) {

    public String method() {
        return request.method();
    }

    /** The URL without the query, as a report's header line shows it. */
    public String url() {
        return baseUrl + request.route();
    }

    public String curl() {
        return Curl.of(request, baseUrl);
    }

    @Override
    public String toString() {
        return request.method() + " " + url() + " with " + request.description();
    }
}
