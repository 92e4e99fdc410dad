package conformance.marqtune.steps;

import conformance.marqtune.client.KeyKind;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import java.util.Map;

/** Which key the client presents: the configured one, or one of the kinds of bad key. */
public class ApiKeySteps {

    private final ScenarioContext context;

    public ApiKeySteps(ScenarioContext context) {
        this.context = context;
    }

    /** The kinds of bad key, by the words the feature files use for them. */
    private static final Map<String, KeyKind> BAD_KEYS = Map.of(
            "a wrong API key", KeyKind.WRONG,
            "no API key", KeyKind.MISSING,
            "an empty API key", KeyKind.EMPTY,
            "the API key with the case of one letter changed", KeyKind.CASE_CHANGED);

    @ParameterType("a wrong API key|no API key|an empty API key|the API key with the case of one letter changed")
    public KeyKind badKey(String words) {
        return BAD_KEYS.get(words);
    }

    @Given("a client with a valid API key")
    public void aClientWithAValidApiKey() {
        context.useCredential(KeyKind.VALID);
    }

    @Given("a client with another account's valid API key")
    public void aClientWithAnotherAccountsValidApiKey() {
        context.requireForeignKey();
        context.useCredential(KeyKind.FOREIGN);
    }

    @Given("a client with {badKey}")
    public void aClientWith(KeyKind badKey) {
        context.useCredential(badKey);
    }
}
