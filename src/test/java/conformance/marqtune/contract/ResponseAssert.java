package conformance.marqtune.contract;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.validation.SchemaResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;

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
        if (actual.status() != expected) {
            fail("the HTTP status is " + expected, String.valueOf(expected), String.valueOf(actual.status()));
        }
        return this;
    }

    /** Every response is JSON: the media type is application/json (a charset may follow) and the body parses. */
    public ResponseAssert isJson() {
        Optional<String> mediaType = actual.mediaType();
        if (!mediaType.equals(Optional.of("application/json"))) {
            fail("every response is JSON: Content-Type is application/json, with or without a charset",
                    "application/json", actual.contentType().orElse("(no Content-Type header)"));
        }
        if (actual.json().isEmpty()) {
            fail("every response is JSON: the body is a JSON document", "a JSON document", actual.jsonError());
        }
        return this;
    }

    /** The service's envelope repeats the HTTP status in {@code statusCode}, as an integer. */
    public ResponseAssert hasStatusCodeEqualToHttpStatus() {
        JsonNode statusCode = json().path("statusCode");
        if (!statusCode.isIntegralNumber() || statusCode.asInt() != actual.status()) {
            fail("the envelope's statusCode is an integer equal to the HTTP status",
                    String.valueOf(actual.status()), statusCode.isMissingNode() ? "(no statusCode)" : statusCode.toString());
        }
        return this;
    }

    /** The message, where the envelope puts it: {@code body.message} for the service, {@code message} for the gateway. */
    public ResponseAssert hasMessage(DocumentedResponse.Envelope envelope, String expected) {
        JsonNode message = envelope == DocumentedResponse.Envelope.SERVICE
                ? json().path("body").path("message")
                : json().path("message");
        String where = envelope == DocumentedResponse.Envelope.SERVICE ? "body.message" : "message";
        if (!message.isString() || !message.asString().equals(expected)) {
            fail(where + " is exactly \"" + expected + "\" (case and punctuation included)",
                    "\"" + expected + "\"", message.isMissingNode() ? "(no " + where + ")" : message.toString());
        }
        return this;
    }

    public ResponseAssert matches(SchemaResult result) {
        if (!result.passed()) {
            var first = result.failures().get(0);
            String more = result.failures().size() > 1 ? " and " + (result.failures().size() - 1) + " more" : "";
            fail("the body matches the \"" + result.schemaName() + "\" schema (" + first.path() + " breaks '"
                            + first.keyword() + "'" + more + ")",
                    "no violation", System.lineSeparator() + result.describeFailures());
        }
        return this;
    }

    /** The model returned is the one asked for; UUIDs compare without case. */
    public ResponseAssert hasModelId(String requested) {
        JsonNode modelId = json().path("body").path("modelId");
        if (!modelId.isString() || !modelId.asString().toLowerCase(Locale.ROOT).equals(requested.toLowerCase(Locale.ROOT))) {
            fail("body.modelId equals the id that was asked for (compared without case)",
                    "\"" + requested + "\"", modelId.isMissingNode() ? "(no body.modelId)" : modelId.toString());
        }
        return this;
    }

    /** The response is exactly one of {@code allowed}: status, envelope and message as documented. */
    public ResponseAssert isOneOf(List<DocumentedResponse> allowed) {
        Optional<DocumentedResponse> observed = DocumentedResponse.observedIn(actual);
        if (observed.isEmpty() || !allowed.contains(observed.get())) {
            fail("the answer is one of " + allowed.stream().map(DocumentedResponse::label).collect(Collectors.joining(", ")),
                    "one of those, exactly", observed.map(DocumentedResponse::label).orElse("no documented response"));
        }
        return this;
    }

    /**
     * The {@code percentile}th percentile of {@code samples} (nearest-rank) is within {@code budget};
     * this response, one of the samples, is only the example the message shows.
     */
    public ResponseAssert hasPercentileWithin(int percentile, List<Duration> samples, Duration budget) {
        List<Duration> sorted = samples.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        Duration observed = sorted.get(Math.max(0, rank - 1));
        if (observed.compareTo(budget) > 0) {
            fail("the " + percentile + "th percentile of " + samples.size() + " response times is within "
                            + budget.toMillis() + " ms",
                    "at most " + budget.toMillis() + " ms",
                    observed.toMillis() + " ms (samples: " + sorted.stream().map(d -> String.valueOf(d.toMillis()))
                            .collect(Collectors.joining(", ")) + " ms)");
        }
        return this;
    }

    private JsonNode json() {
        return actual.json().orElseThrow(() -> failure("the body is JSON", "a JSON document", actual.jsonError()));
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
        return String.format(Locale.ROOT, "%s for %s", expectedResponse, actual.exchange());
    }
}
