package conformance.marqtune.contract;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.validation.SchemaValidator;
import conformance.marqtune.verdict.BrokenRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one judge: every response, to a scenario's request or a generated one, is judged by the same
 * {@link ResponseRules}, schema included. A response to HEAD has no body by HTTP's own rule, so only its status and
 * media type are judged.
 */
public final class Judge {

    private final SchemaValidator schemas;

    public Judge(SchemaValidator schemas) {
        this.schemas = schemas;
    }

    /** What was wrong with {@code response} for a request that {@code expected} holds for; empty when it is an allowed answer. */
    public Optional<Mismatch> mismatch(ApiResponse response, Expected expected, boolean head) {
        List<List<BrokenRule>> perAnswer = expected.answers().stream().map(answer -> rulesBroken(response, answer, head)).toList();
        if (perAnswer.stream().anyMatch(List::isEmpty)) {
            return Optional.empty();
        }
        // the answer the response came nearest to: the one of its status, else the one with the fewest rules broken
        int nearest = 0;
        for (int i = 0; i < perAnswer.size(); i++) {
            boolean sameStatus = expected.answers().get(i).response().status() == response.status();
            boolean nearestHasStatus = expected.answers().get(nearest).response().status() == response.status();
            if (sameStatus && !nearestHasStatus || sameStatus == nearestHasStatus && perAnswer.get(i).size() < perAnswer.get(nearest).size()) {
                nearest = i;
            }
        }
        return Optional.of(new Mismatch(expected, describe(response), perAnswer.get(nearest)));
    }

    public List<BrokenRule> rulesBroken(ApiResponse response, Answer answer, boolean head) {
        List<BrokenRule> broken = new ArrayList<>(documentedRulesBroken(response, answer, head));
        if (!head && broken.isEmpty()) {
            ResponseRules.schema(schemas.validate(schemaOf(answer.response()), response.json().orElseThrow())).ifPresent(broken::add);
        }
        return broken;
    }

    /** All of {@link #rulesBroken} but the schema, which a feature checks in a step of its own. */
    public static List<BrokenRule> documentedRulesBroken(ApiResponse response, Answer answer, boolean head) {
        DocumentedResponse expected = answer.response();
        List<BrokenRule> broken = new ArrayList<>();
        ResponseRules.keyNotEchoed(response).ifPresent(broken::add);
        ResponseRules.answeredInFront(response).ifPresent(broken::add);
        ResponseRules.status(response, expected.status()).ifPresent(broken::add);
        if (head) {
            ResponseRules.mediaType(response).ifPresent(broken::add);
            return broken;
        }
        ResponseRules.json(response).ifPresent(broken::add);
        if (response.json().isEmpty()) {
            return broken;
        }
        if (expected.envelope() == DocumentedResponse.Envelope.SERVICE) {
            ResponseRules.statusCodeEqualsHttpStatus(response).ifPresent(broken::add);
        }
        expected.message().flatMap(message -> ResponseRules.message(response, expected.envelope(), message)).ifPresent(broken::add);
        if (expected == DocumentedResponse.R1) {
            answer.modelId().ifPresentOrElse(id -> ResponseRules.modelId(response, id).ifPresent(broken::add),
                    () -> ResponseRules.hasModelId(response).ifPresent(broken::add));
        }
        return broken;
    }

    /** Which documented response {@code response} is, exactly, by every rule of it; empty when it is none. */
    public Optional<DocumentedResponse> documentedResponseOf(ApiResponse response) {
        return Arrays.stream(DocumentedResponse.values())
                .filter(candidate -> candidate.status() == response.status())
                .filter(candidate -> rulesBroken(response, candidate == DocumentedResponse.R1
                        ? new Answer(candidate, Optional.empty()) : Answer.of(candidate), false).isEmpty())
                .findFirst();
    }

    public String describe(ApiResponse response) {
        Optional<DocumentedResponse> documented = documentedResponseOf(response);
        if (documented.isPresent()) {
            String modelId = documented.get() == DocumentedResponse.R1
                    ? " with body.modelId " + response.json().orElseThrow().path("body").path("modelId").asString("") : "";
            return documented.get().label() + modelId;
        }
        return ResponseRules.answeredInFront(response).map(BrokenRule::actual).orElseGet(() ->
                "no documented response (HTTP " + response.status() + ", " + response.contentType().orElse("no Content-Type") + ")");
    }

    public static String schemaOf(DocumentedResponse response) {
        return switch (response) {
            case R1 -> "model-details";
            case R2, R3, R5 -> "service-error";
            case R4, R6 -> "gateway-error";
        };
    }

    /** An answer that the contract does not allow: what it allows, what came back, and the rules of the nearest answer it broke. */
    public record Mismatch(Expected expected, String actual, List<BrokenRule> rules) {
        public Mismatch {
            rules = List.copyOf(rules);
        }
    }
}
