package conformance.marqtune.simulator;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One model as the service stores it; optional fields are absent, never null, in its JSON. */
public record SimulatedModel(
        String modelId,
        String modelName,
        String status,
        String secondaryStatus,
        Optional<String> failureReason,
        String baseModel,
        Optional<String> baseCheckpoint,
        String instanceType,
        Optional<Object> maxTrainingTime,
        List<String> checkpoints,
        ObjectNode hyperparameters) {

    public ObjectNode toJson(JsonMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("modelId", modelId);
        json.put("modelName", modelName);
        json.put("status", status);
        json.put("secondaryStatus", secondaryStatus);
        failureReason.ifPresent(reason -> json.put("failureReason", reason));
        json.put("baseModel", baseModel);
        baseCheckpoint.ifPresent(checkpoint -> json.put("baseCheckpoint", checkpoint));
        json.put("instanceType", instanceType);
        maxTrainingTime.ifPresent(time -> json.set("maxTrainingTime", mapper.valueToTree(time)));
        checkpoints.forEach(json.putArray("checkpoints")::add);
        json.set("hyperparameters", hyperparameters.deepCopy());
        return json;
    }
}
