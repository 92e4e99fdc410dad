package conformance.marqtune.sweep;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.contract.ResponseRules;
import conformance.marqtune.validation.SchemaValidator;
import conformance.marqtune.verdict.BrokenRule;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A listed model's rules: its element matches the model schema; its detail is R1 and agrees with it field by field. */
final class ModelRules {

    private final SchemaValidator schemas;

    ModelRules(SchemaValidator schemas) {
        this.schemas = schemas;
    }

    List<BrokenRule> ofListedElement(JsonNode element) {
        List<BrokenRule> broken = new ArrayList<>();
        ResponseRules.schema(schemas.validate("model", element))
                .map(rule -> new BrokenRule("the listed element: " + rule.rule(), rule.expected(), rule.actual()))
                .ifPresent(broken::add);
        if (element.path("modelId").asString("").isEmpty()) {
            broken.add(new BrokenRule("the listed element has a modelId to fetch the model by", "a model id", element.toString()));
        }
        return broken;
    }

    List<BrokenRule> ofDetail(ApiResponse detail, String modelId, JsonNode element) {
        List<BrokenRule> broken = new ArrayList<>();
        ResponseRules.keyNotEchoed(detail).ifPresent(broken::add);
        ResponseRules.status(detail, 200).ifPresent(broken::add);
        ResponseRules.json(detail).ifPresent(broken::add);
        if (detail.json().isEmpty()) {
            return broken;
        }
        ResponseRules.statusCodeEqualsHttpStatus(detail).ifPresent(broken::add);
        ResponseRules.schema(schemas.validate("model-details", detail.json().get())).ifPresent(broken::add);
        ResponseRules.modelId(detail, modelId).ifPresent(broken::add);
        broken.addAll(ResponseRules.agreesWithListing(detail, element));
        return broken;
    }
}
