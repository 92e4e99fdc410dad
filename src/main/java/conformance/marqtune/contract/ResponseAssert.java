package conformance.marqtune.contract;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.validation.SchemaResult;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.Evidence;
import conformance.marqtune.verdict.RuleBroken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions, each a contract rule; a failure is a {@link RuleBroken} with the curl line to reproduce it. */
public class ResponseAssert extends AbstractAssert<ResponseAssert, ApiResponse> {

    private final String checked;

    /** @param checked what the response is checked as, in a few words: {@code R3}, {@code R1 within the latency budget} */
    public ResponseAssert(ApiResponse actual, String checked) {
        super(actual, ResponseAssert.class);
        this.checked = checked;
    }

    public static ResponseAssert assertThatResponse(ApiResponse actual, String checked) {
        return new ResponseAssert(actual, checked);
    }

    public ResponseAssert hasStatus(int expected) {
        return holds(ResponseRules.status(actual, expected));
    }

    public ResponseAssert isJson() {
        return holds(ResponseRules.json(actual));
    }

    /** No response carries the key: checked before its shape, so that a leak is named as one. */
    public ResponseAssert echoesNoKey() {
        return holds(ResponseRules.keyNotEchoed(actual));
    }

    private static boolean saidFirst(BrokenRule rule) {
        return rule.rule().equals(ResponseRules.KEY_NOT_ECHOED) || rule.rule().equals(ResponseRules.ANSWERED_IN_FRONT);
    }

    public ResponseAssert matches(SchemaResult result) {
        return holds(ResponseRules.schema(result));
    }

    public ResponseAssert hasModelId(String requested) {
        return holds(ResponseRules.json(actual)).holds(ResponseRules.modelId(actual, requested));
    }

    /** By every rule of the judge, schema included: what a request no step names a response for must get. */
    public ResponseAssert conformsTo(Expected expected, Judge judge) {
        boolean head = actual.exchange().method().equals("HEAD");
        return holds(judge.mismatch(actual, expected, head).map(mismatch -> {
            // a leak by the target, or an answer from something in front of it, is said before the rest
            List<BrokenRule> rules = new ArrayList<>(mismatch.rules().stream().filter(ResponseAssert::saidFirst).toList());
            if (expected.answers().size() > 1) {
                rules.add(new BrokenRule("the answer is one the contract allows (" + expected.because() + ")", expected.label(),
                        mismatch.actual()));
            }
            mismatch.rules().stream().filter(rule -> !saidFirst(rule)).forEach(rules::add);
            return rules;
        }).orElse(List.of()));
    }

    /** All 200, and the 95th percentile (nearest rank) within {@code budget}; the first sample is the example shown. */
    public static void assertSamplesWithin(List<ApiResponse> samples, String checked, Duration budget) {
        samples.forEach(sample -> assertThatResponse(sample, checked).hasStatus(200));
        assertThatResponse(samples.get(0), checked)
                .holds(ResponseRules.percentileWithin(95, samples.stream().map(ApiResponse::elapsed).toList(), budget));
    }

    /** Every rule of {@code expected} at once, so that one failure names all that is wrong; the schema is apart. */
    public ResponseAssert answersAs(DocumentedResponse expected) {
        Answer answer = expected == DocumentedResponse.R1 ? new Answer(expected, Optional.empty()) : Answer.of(expected);
        return holds(Judge.documentedRulesBroken(actual, answer, actual.exchange().method().equals("HEAD")));
    }

    private ResponseAssert holds(Optional<BrokenRule> broken) {
        return holds(broken.stream().toList());
    }

    private ResponseAssert holds(List<BrokenRule> broken) {
        if (!broken.isEmpty()) {
            throw RuleBroken.of(checked, broken, evidence(actual), actual::masked);
        }
        return this;
    }

    public static Evidence evidence(ApiResponse response) {
        return new Evidence(response.exchange().toString(), response.summary(), response.exchange().curl());
    }

    @Override
    public String toString() {
        return checked + " for " + actual.exchange();
    }
}
