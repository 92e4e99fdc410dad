package conformance.marqtune.inputs;

import conformance.marqtune.request.ApiRequest;

/** One request of a family; {@code shown} is the varied part as read ({@code PROPFIND}), {@code from} its seed. */
public record FamilyInput(String shown, ApiRequest request, String from) {

    public FamilyInput(String shown, ApiRequest request) {
        this(shown, request, "");
    }
}
