package conformance.marqtune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's categories, as Allure applies them (a category takes a result whose status it names and whose whole
 * message its regex matches): each failure is in exactly one category, that of the first rule it broke, and a target
 * that echoes the key is in a category of its own, headlined as a leak.
 */
class CategoriesTest {

    private static final List<JsonNode> CATEGORIES = categories();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "R3: the HTTP status is 400; body.message is exactly \"Invalid model id\" (case and punctuation included)|The HTTP status",
        "no input gets a 500: the HTTP status is 400; body.message is exactly \"Invalid model id\" (case and punctuation included)|The HTTP status",
        "R1: the response does not echo the API key; the body matches the \"model-details\" schema ($.apiKey: additionalProperties)|Leak by the target: the response echoes the API key",
        "R2: the service answered, not something in front of it; the HTTP status is 400|Answered by something in front of the service",
        "R1: every response is JSON: the body is a JSON document|The body is not readable JSON",
        "every response: the body arrives whole|The body is not readable JSON",
        "R5: the body matches the \"service-error\" schema ($.body: required)|The body's schema",
        "R4: the envelope's statusCode is an integer equal to the HTTP status|The envelope's statusCode",
        "R5: body.message is exactly \"Model not found\" (case and punctuation included)|The message",
        "R1: body.modelId equals the id that was asked for (compared without case)|The model asked for",
        "R1 within the latency budget: the 95th percentile of 20 response times is within 600 ms|The latency budget",
        "R1 on every listed model: every model of the listing conforms|The listed models (sweep)",
        "no input gets a 500: the answer is one the contract allows (the id .. is not a UUID)|The answer the contract's precedence gives",
        "R3: every near-miss of a model id is refused as an invalid model id|Near-misses and the seeded search: an input not answered as documented",
        "R4: every generated near-miss of the key is refused as unauthorised|Near-misses and the seeded search: an input not answered as documented",
        "Get Model conformance: FAILED: 38 checks failed (R1 0, R2 0, R3 6, R4 0, R5 0, R6 0, beyond the page 32); 67 passed, 0 skipped|The gate's verdict",
    })
    void aFailureIsInTheOneCategoryOfTheFirstRuleItBroke(String headline, String category) {
        assertThat(CATEGORIES.stream().filter(each -> takes(each, "failed", headline)).map(each -> each.get("name").asString()))
                .containsExactly(category);
    }

    private static boolean takes(JsonNode category, String status, String message) {
        boolean statusNamed = false;
        for (JsonNode named : category.path("matchedStatuses")) {
            statusNamed |= named.asString().equals(status);
        }
        JsonNode regex = category.get("messageRegex");
        return statusNamed && (regex == null || Pattern.compile(regex.asString()).matcher(message).matches())
                && category.get("traceRegex") == null;
    }

    private static List<JsonNode> categories() {
        try (InputStream json = CategoriesTest.class.getResourceAsStream("/categories.json")) {
            List<JsonNode> all = new java.util.ArrayList<>();
            JsonMapper.builder().build().readTree(json).forEach(all::add);
            return all;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
