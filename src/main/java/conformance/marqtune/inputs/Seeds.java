package conformance.marqtune.inputs;

import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ShellKey;
import conformance.marqtune.request.ApiRequest;
import java.util.UUID;

/**
 * What the families derive their requests from: the model under test's id (so that a server that rewrites a
 * request into the documented one and finds the model is caught), a random UUID whose groups start with a zero
 * (so that the parsers' leading-zero forms exist for it), and the key (sent only as itself or near it, and shown
 * only as an expression of {@code $MARQTUNE_API_KEY}).
 */
public record Seeds(String modelId, String randomId, String key) {

    /** The key in x-api-key, as the documented request has it. */
    public KeyPresentation validKey() {
        return KeyPresentation.inHeader("the configured API key", ApiRequest.API_KEY_HEADER, key, ShellKey.KEY);
    }

    /** The documented request for the model under test: GET of its id, with the key. */
    public ApiRequest documented() {
        return validKey().appliedTo(ApiRequest.getModel(modelId, "the configured API key"));
    }

    /** The documented request, but for a UUID made up at random now, which names no model: what any other method may target. */
    public ApiRequest forFreshId() {
        return documented().forFreshId(UUID.randomUUID().toString());
    }
}
