package conformance.marqtune.contract;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.Credential;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.validation.SchemaResult;
import conformance.marqtune.validation.SchemaValidator;
import tools.jackson.databind.JsonNode;

/**
 * The model R1 is checked on: the configured one, or else the first model the account's listing names,
 * found once for the whole run (the scenarios of a run check the same model, and the listing is not
 * fetched once per scenario). The listing is a response of the target like any other, so it must match
 * its schema before its first id is trusted; when no model can be found, the error says how to configure
 * one, and every scenario that needs the model reports the same error.
 */
public final class ConfiguredModel {

    private String found;
    private String notFound;

    public synchronized String resolve(SuiteConfiguration configuration, ModelsApi api, SchemaValidator schemas) {
        if (configuration.modelId().isPresent()) {
            return configuration.modelId().get();
        }
        if (found == null && notFound == null) {
            try {
                found = firstListed(api, schemas);
            } catch (IllegalStateException noModel) {
                notFound = noModel.getMessage();
            }
        }
        if (notFound != null) {
            throw new IllegalStateException(notFound);
        }
        return found;
    }

    private static String firstListed(ModelsApi api, SchemaValidator schemas) {
        ApiResponse listing = api.listModels(Credential.VALID);
        String howToSet = "set " + SuiteConfiguration.MODEL_ID + " (or "
                + SuiteConfiguration.environmentVariable(SuiteConfiguration.MODEL_ID) + ") to the id of a model of this account";
        JsonNode body = listing.json().orElse(null);
        if (listing.status() != 200 || body == null) {
            throw new IllegalStateException("no model is configured and listing the models to find one failed: "
                    + listing.summary() + "; " + howToSet + "; reproduce: " + listing.exchange().curl());
        }
        SchemaResult result = schemas.validate("model-list", body);
        if (!result.passed()) {
            throw new IllegalStateException(listing.masked("no model is configured and the listing used to find one does not "
                    + "match the \"model-list\" schema:" + System.lineSeparator() + result.describeFailures()
                    + System.lineSeparator() + howToSet));
        }
        JsonNode models = body.path("body").path("models");
        if (models.isEmpty()) {
            throw new IllegalStateException("no model is configured and the account lists none; " + howToSet);
        }
        return models.get(0).path("modelId").asString();
    }
}
