package conformance.marqtune.inputs;

import conformance.marqtune.request.ApiRequest;

/**
 * One request of a family, and how the report's table shows what varies in it.
 *
 * @param shown the varied part as a person reads it: {@code PROPFIND}, {@code //models/3f1c…}, {@code apikey: $MARQTUNE_API_KEY}
 * @param from  what it was derived from, when that matters: {@code model id}, {@code random id}; empty otherwise
 */
public record FamilyInput(String shown, ApiRequest request, String from) {

    public FamilyInput(String shown, ApiRequest request) {
        this(shown, request, "");
    }
}
