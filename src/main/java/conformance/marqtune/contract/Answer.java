package conformance.marqtune.contract;

import java.util.Optional;

/**
 * One answer the contract allows: a documented response, and for R1 the model it must carry.
 *
 * @param modelId for R1, the id of the model the body must be (compared without case); empty for any other
 */
public record Answer(DocumentedResponse response, Optional<String> modelId) {

    public static Answer of(DocumentedResponse response) {
        if (response == DocumentedResponse.R1) {
            throw new IllegalArgumentException("R1 is always the answer of one model: name it");
        }
        return new Answer(response, Optional.empty());
    }

    public static Answer model(String modelId) {
        return new Answer(DocumentedResponse.R1, Optional.of(modelId));
    }

    /** {@code R3 (400 "Invalid model id")}, or {@code R1 (200 the model) with body.modelId 3f1c…}. */
    public String label() {
        return response.label() + modelId.map(id -> " with body.modelId " + id).orElse("");
    }
}
