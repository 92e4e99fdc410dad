package conformance.marqtune.steps;

import static conformance.marqtune.contract.ResponseAssert.assertThatResponse;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.validation.SchemaResult;
import io.cucumber.java.en.Then;
import conformance.marqtune.client.Attachments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shape of every response, checked against the named schema of the top-level schemas/ folder. */
public class SchemaSteps {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaSteps.class);

    private final ScenarioContext context;

    public SchemaSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the response matches the {string} schema")
    public void theResponseMatchesTheSchema(String schemaName) {
        context.check(response -> {
            assertThatResponse(response, context.label("the \"" + schemaName + "\" schema")).echoesNoKey().isJson();
            SchemaResult result = context.schemas().validate(schemaName, response.json().orElseThrow());
            reportWarnings(response, result);
            assertThatResponse(response, context.label("the \"" + schemaName + "\" schema")).matches(result);
        });
    }

    /** Undocumented fields that the relaxed schemas allow: on the console and in the report, never silently. */
    private static void reportWarnings(ApiResponse response, SchemaResult result) {
        if (!result.warnings().isEmpty()) {
            String warnings = response.masked("Undocumented fields, allowed because marqtune.schema.strict=false:"
                    + System.lineSeparator() + result.describeWarnings());
            LOG.warn("{} ({})", warnings, response.exchange());
            Attachments.text("Schema warnings", "text/plain", warnings, ".txt");
        }
    }
}
