package conformance.marqtune.client;

import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.Curl;
import java.net.URI;

/** One request as sent, to which base URL; its curl line has {@code $MARQTUNE_API_KEY} where a key went. */
public record Exchange(ApiRequest request, String baseUrl) {

    public String method() {
        return request.method();
    }

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
