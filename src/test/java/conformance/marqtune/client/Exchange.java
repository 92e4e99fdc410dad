package conformance.marqtune.client;

import java.net.URI;

/**
 * One request as it was sent, described so that a person can repeat it: never with the key, but with
 * {@code $MARQTUNE_API_KEY} (or a shell expression of it) where a key went.
 *
 * @param url the URL without the query a key presentation may add
 */
public record Exchange(String method, URI url, KeyPresentation key) {

    /** The URL as sent, the key's query parameter included. */
    public URI sentUrl() {
        return key.query().isEmpty() ? url : URI.create(url + "?" + key.query());
    }

    public String curl() {
        StringBuilder curl = new StringBuilder("curl -sS -i");
        if (!"GET".equals(method)) {
            curl.append(" -X ").append(method);
        }
        curl.append(" '").append(url);
        if (!key.shownQuery().isEmpty()) {
            curl.append("?'\"").append(key.shownQuery().replace("\"", "\\\"")).append("\"");
        } else {
            curl.append('\'');
        }
        return curl.append(key.curlHeaders()).toString();
    }

    @Override
    public String toString() {
        return method + " " + url + " with " + key.description();
    }
}
