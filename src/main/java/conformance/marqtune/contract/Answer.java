package conformance.marqtune.contract;

import java.util.Optional;

/** One allowed answer: a documented response and, for R1, the model id the body must carry (compared without case). */
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

    public String label() {
        return response.label() + modelId.map(id -> " with body.modelId " + id).orElse("");
    }
}
