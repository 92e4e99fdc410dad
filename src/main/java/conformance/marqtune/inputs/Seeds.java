package conformance.marqtune.inputs;

import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ShellKey;
import conformance.marqtune.request.ApiRequest;
import java.util.UUID;

/**
 * What the families derive from: the model's id (so that a server that rewrites a request into the documented one is
 * caught), a random UUID whose groups start with a zero (so that leading-zero forms exist), and the key, shown only as
 * an expression.
 */
public record Seeds(String modelId, String randomId, String key) {

    public KeyPresentation validKey() {
        return KeyPresentation.inHeader("the configured API key", ApiRequest.API_KEY_HEADER, key, ShellKey.KEY);
    }

    public ApiRequest documented() {
        return validKey().appliedTo(ApiRequest.getModel(modelId, "the configured API key"));
    }

    /** The documented request, but for a UUID made up at random now, which names no model: what any other method may target. */
    public ApiRequest forFreshId() {
        return documented().forFreshId(UUID.randomUUID().toString());
    }
}
