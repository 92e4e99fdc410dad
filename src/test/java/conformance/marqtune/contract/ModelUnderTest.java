package conformance.marqtune.contract;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.Credential;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.configuration.SettingSources;
import conformance.marqtune.configuration.SuiteConfiguration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The model R1 is checked on: the configured one, or else the first model the account's listing names,
 * found once for the whole run (the scenarios of a run check the same model, and the listing is not
 * fetched once per scenario). Only the first id is taken from the listing: whether the listing itself
 * conforms is the sweep's to judge, so that a broken listing costs R1 none of its verdicts. When no
 * model can be found, the error says how to configure one, and every scenario that needs it says the same.
 */
public final class ModelUnderTest {

    private final Optional<String> configured;
    private String found;
    private String notFound;

    /** @param configured the model configured for R1, if one is */
    public ModelUnderTest(Optional<String> configured) {
        this.configured = configured;
    }

    /** The model's id: the configured one, or the first one {@code api}'s listing names, found once. */
    public synchronized String id(ModelsApi api) {
        if (configured.isPresent()) {
            return configured.get();
        }
        if (found == null && notFound == null) {
            try {
                found = firstListed(api);
            } catch (IllegalStateException noModel) {
                notFound = noModel.getMessage();
            }
        }
        if (notFound != null) {
            throw new IllegalStateException(notFound);
        }
        return found;
    }

    private static String firstListed(ModelsApi api) {
        ApiResponse listing = api.listModels(Credential.VALID);
        String howToSet = "set " + SuiteConfiguration.MODEL_ID + " (or "
                + SettingSources.environmentVariable(SuiteConfiguration.MODEL_ID) + ") to the id of a model of this account";
        JsonNode body = listing.json().orElse(null);
        if (listing.status() != 200 || body == null) {
            throw new IllegalStateException("no model is configured and listing the models to find one failed: "
                    + listing.summary() + "; " + howToSet + "; reproduce: " + listing.exchange().curl());
        }
        JsonNode first = body.path("body").path("models").path(0);
        if (!first.path("modelId").isString()) {
            throw new IllegalStateException(listing.masked("no model is configured and the listing names none (no "
                    + "body.models[0].modelId): " + listing.summary() + "; " + howToSet));
        }
        return first.path("modelId").asString();
    }
}
