package conformance.marqtune.inputs;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.ids.ModelIds;
import java.util.Optional;

/**
 * What the contract expects of a near-miss, and whether the answer was it. An id that is not a UUID in its
 * canonical form is refused as an invalid model id (R3), exactly; a canonical UUID names no model (R5) or
 * exactly the model it is (R1 with that id); a key that is not the key is refused as unauthorised (R4);
 * the key presented in a conformant way is the key (R1 of the model asked for).
 */
public final class Answers {

    private Answers() {
    }

    /** What {@code id} should get, in words. */
    public static String expectedFor(String id) {
        return ModelIds.isCanonical(id) ? "R5 (404 \"model not found\"), or R1 with body.modelId " + id
                : DocumentedResponse.R3.label();
    }

    /** What the answer to {@code id} was, when it was not what the contract expects. */
    public static Optional<String> wrongAnswerToId(String id, ApiResponse response) {
        Optional<DocumentedResponse> observed = DocumentedResponse.observedIn(response);
        boolean right = ModelIds.isCanonical(id)
                ? observed.equals(Optional.of(DocumentedResponse.R5)) || isModel(observed, response, id)
                : observed.equals(Optional.of(DocumentedResponse.R3));
        return right ? Optional.empty() : Optional.of(described(observed, response));
    }

    /** What the answer to a key near-miss (R4 expected) or a conformant presentation (R1 of {@code modelId}) was, when wrong. */
    public static Optional<String> wrongAnswerToKey(boolean nearMiss, String modelId, ApiResponse response) {
        Optional<DocumentedResponse> observed = DocumentedResponse.observedIn(response);
        boolean right = nearMiss ? observed.equals(Optional.of(DocumentedResponse.R4)) : isModel(observed, response, modelId);
        return right ? Optional.empty() : Optional.of(described(observed, response));
    }

    private static boolean isModel(Optional<DocumentedResponse> observed, ApiResponse response, String id) {
        return observed.equals(Optional.of(DocumentedResponse.R1))
                && ModelIds.sameModel(response.json().orElseThrow().path("body").path("modelId").asString(""), id);
    }

    private static String described(Optional<DocumentedResponse> observed, ApiResponse response) {
        String modelId = observed.filter(DocumentedResponse.R1::equals)
                .map(r1 -> " of " + response.json().orElseThrow().path("body").path("modelId").asString(""))
                .orElse("");
        return observed.map(DocumentedResponse::label).orElse("no documented response") + modelId + " (HTTP " + response.status() + ")";
    }
}
