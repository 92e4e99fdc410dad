package conformance.marqtune.steps;

import conformance.marqtune.client.Credential;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;

/** Which key the client presents: the configured one, or one of the kinds of bad key. */
public class ApiKeySteps {

    private final ScenarioContext context;

    public ApiKeySteps(ScenarioContext context) {
        this.context = context;
    }

    @ParameterType("a wrong API key|no API key|an empty API key|the API key with the case of one letter changed")
    public Credential badKey(String words) {
        return switch (words) {
            case "a wrong API key" -> Credential.WRONG;
            case "no API key" -> Credential.MISSING;
            case "an empty API key" -> Credential.EMPTY;
            default -> Credential.CASE_CHANGED;
        };
    }

    @Given("a client with a valid API key")
    public void aClientWithAValidApiKey() {
        context.useCredential(Credential.VALID);
    }

    @Given("a client with another account's valid API key")
    public void aClientWithAnotherAccountsValidApiKey() {
        context.requireForeignKey();
        context.useCredential(Credential.FOREIGN);
    }

    @Given("a client with {badKey}")
    public void aClientWith(Credential badKey) {
        context.useCredential(badKey);
    }
}
