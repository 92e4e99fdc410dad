package conformance.marqtune.client;

import java.net.URI;
import java.util.Optional;

/**
 * One request as it was sent, described so that a person can repeat it: never with the key, but
 * with {@code $MARQTUNE_API_KEY} where the configured key went.
 */
public record Exchange(String method, URI url, Credential credential, Optional<String> keyShownAs) {

    public String curl() {
        StringBuilder curl = new StringBuilder("curl -sS -i");
        if (!"GET".equals(method)) {
            curl.append(" -X ").append(method);
        }
        curl.append(" '").append(url).append('\'');
        keyShownAs.ifPresent(key -> curl.append(" -H \"x-api-key: ").append(key.replace("\"", "\\\"")).append('"'));
        return curl.toString();
    }

    @Override
    public String toString() {
        return method + " " + url + " with " + credential.description();
    }
}
