package conformance.marqtune.contract;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.validation.SchemaResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on one response, each the rule of the contract it checks. A failure reads as a
 * sentence for the person whose deployment it blocked: which documented response, which rule, what was
 * expected, what came back, and the curl line that reproduces it (the key stays {@code $MARQTUNE_API_KEY}).
 */
public class ResponseAssert extends AbstractAssert<ResponseAssert, ApiResponse> {

    private final String expectedResponse;

    public ResponseAssert(ApiResponse actual, String expectedResponse) {
        super(actual, ResponseAssert.class);
        this.expectedResponse = expectedResponse;
    }

    public static ResponseAssert assertThatResponse(ApiResponse actual, String expectedResponse) {
        return new ResponseAssert(actual, expectedResponse);
    }

    public ResponseAssert hasStatus(int expected) {
        return holds(ResponseRules.status(actual, expected));
    }

    /** Every response is JSON: the media type is application/json (a charset may follow) and the body parses. */
    public ResponseAssert isJson() {
        return holds(ResponseRules.json(actual));
    }

    /** The service's envelope repeats the HTTP status in {@code statusCode}, as an integer. */
    public ResponseAssert hasStatusCodeEqualToHttpStatus() {
        return holds(ResponseRules.json(actual)).holds(ResponseRules.statusCodeEqualsHttpStatus(actual));
    }

    /** The message, where the envelope puts it: {@code body.message} for the service, {@code message} for the gateway. */
    public ResponseAssert hasMessage(DocumentedResponse.Envelope envelope, String expected) {
        return holds(ResponseRules.json(actual)).holds(ResponseRules.message(actual, envelope, expected));
    }

    public ResponseAssert matches(SchemaResult result) {
        return holds(ResponseRules.schema(result));
    }

    /** The model returned is the one asked for; UUIDs compare without case. */
    public ResponseAssert hasModelId(String requested) {
        return holds(ResponseRules.json(actual)).holds(ResponseRules.modelId(actual, requested));
    }

    /** The response is exactly one of {@code allowed}: status, envelope and message as documented. */
    public ResponseAssert isOneOf(List<DocumentedResponse> allowed) {
        return holds(ResponseRules.oneOf(actual, allowed));
    }

    /**
     * The {@code percentile}th percentile of {@code samples} (nearest-rank) is within {@code budget};
     * this response, one of the samples, is only the example the message shows.
     */
    public ResponseAssert hasPercentileWithin(int percentile, List<Duration> samples, Duration budget) {
        return holds(ResponseRules.percentileWithin(percentile, samples, budget));
    }

    private ResponseAssert holds(Optional<BrokenRule> broken) {
        broken.ifPresent(rule -> fail(rule.rule(), rule.expected(), rule.actual()));
        return this;
    }

    private void fail(String rule, String expected, String actualValue) {
        throw failure(rule, expected, actualValue);
    }

    private AssertionError failure(String rule, String expected, String actualValue) {
        String message = String.join(System.lineSeparator(), "",
                expectedResponse + ": rule broken: " + rule,
                "  expected:  " + expected,
                "  actual:    " + actualValue,
                "  request:   " + actual.exchange(),
                "  response:  " + actual.summary(),
                "  reproduce: " + actual.exchange().curl());
        return new AssertionError(actual.masked(message));
    }

    @Override
    public String toString() {
        return expectedResponse + " for " + actual.exchange();
    }
}
