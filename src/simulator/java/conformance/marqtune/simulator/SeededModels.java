package conformance.marqtune.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Starting models that exercise every rule of the model object (all optional fields, a failure with its reason,
 * training, none); fixed ids, so that client developers can use them by heart.
 */
public final class SeededModels {

    public static final String READY_MODEL_ID = "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01";
    public static final String FAILED_MODEL_ID = "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a02";
    public static final String TRAINING_MODEL_ID = "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a03";
    public static final String MINIMAL_MODEL_ID = "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a04";
    /** A well-formed UUID that the simulator answers with the gateway's 500, as a rewrite-injection hook would. */
    public static final String SERVER_ERROR_MODEL_ID = "5e7d0000-dead-4bad-8bad-000000000500";
    /** The one model of the second account, for checks that one account cannot read another's model. */
    public static final String FOREIGN_MODEL_ID = "7a3b9c1d-2e4f-4a6b-8c0d-1e2f3a4b5c01";

    private SeededModels() {
    }

    static List<SimulatedModel> primaryAccount(JsonMapper mapper, int generatedModels) {
        List<SimulatedModel> models = new ArrayList<>(List.of(
                new SimulatedModel(READY_MODEL_ID, "product-search-e5", "Ready", "Finished", Optional.empty(),
                        "e5-base-v2", Optional.of("epoch_3"), "marqtune.performance", Optional.of(7200),
                        List.of("epoch_1", "epoch_2", "epoch_3"), hyperparameters(mapper, 3)),
                new SimulatedModel(FAILED_MODEL_ID, "catalogue-clip", "Failed", "Failed",
                        Optional.of("Training data is missing the column 'image_url'"), "ViT-B-32",
                        Optional.of("laion2b_s34b_b79k"), "marqtune.basic", Optional.empty(),
                        List.of(), hyperparameters(mapper, 1)),
                new SimulatedModel(TRAINING_MODEL_ID, "support-articles", "Training", "Training",
                        Optional.empty(), "e5-small-v2", Optional.empty(), "marqtune.basic",
                        Optional.of("3600"), List.of("epoch_1"), hyperparameters(mapper, 5)),
                new SimulatedModel(MINIMAL_MODEL_ID, "minimal", "Ready", "Finished", Optional.empty(),
                        "e5-base-v2", Optional.empty(), "marqtune.basic", Optional.empty(),
                        List.of(), mapper.createObjectNode())));
        for (int i = 0; i < generatedModels; i++) {
            models.add(generated(mapper, i));
        }
        return models;
    }

    static List<SimulatedModel> foreignAccount(JsonMapper mapper) {
        return List.of(new SimulatedModel(FOREIGN_MODEL_ID, "another-accounts-model", "Ready", "Finished",
                Optional.empty(), "e5-base-v2", Optional.empty(), "marqtune.basic", Optional.empty(),
                List.of("epoch_1"), hyperparameters(mapper, 1)));
    }

    /** Deterministic extra models, so that large environments can be simulated; every fourth one failed. */
    private static SimulatedModel generated(JsonMapper mapper, int index) {
        String id = UUID.nameUUIDFromBytes(("generated-model-" + index).getBytes()).toString();
        boolean failed = index % 4 == 3;
        return new SimulatedModel(id, "generated-" + index, failed ? "Failed" : "Ready",
                failed ? "Failed" : "Finished",
                failed ? Optional.of("Out of memory at epoch 2") : Optional.empty(),
                "e5-base-v2", Optional.empty(), index % 2 == 0 ? "marqtune.basic" : "marqtune.performance",
                Optional.empty(), failed ? List.of("epoch_1") : List.of("epoch_1", "epoch_2"),
                hyperparameters(mapper, 2));
    }

    private static ObjectNode hyperparameters(JsonMapper mapper, int epochs) {
        ObjectNode parameters = mapper.createObjectNode();
        parameters.put("epochs", epochs);
        parameters.put("learningRate", 0.00005);
        parameters.put("batchSize", 32);
        return parameters;
    }
}
