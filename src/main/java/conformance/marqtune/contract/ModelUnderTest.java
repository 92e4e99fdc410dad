package conformance.marqtune.contract;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.KeyKind;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.configuration.SettingSources;
import conformance.marqtune.configuration.SuiteConfiguration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The model R1 is checked on: the configured one, else the first listed, found once a run. Only the first id is taken:
 * the listing's conformance is the sweep's to judge. It is read once with the key, so that a wrong
 * {@code marqtune.modelId} is told apart from a broken rule.
 */
public final class ModelUnderTest {

    private final Optional<String> configured;
    private String found;
    private String notFound;
    private boolean read;
    private Optional<String> unreadable = Optional.empty();

    public ModelUnderTest(Optional<String> configured) {
        this.configured = configured;
    }

    public synchronized String id(ModelsApi api) {
        if (configured.isPresent()) {
            readOnce(api, configured.get(), "the configured model " + configured.get() + " (" + SuiteConfiguration.MODEL_ID + ")");
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
        readOnce(api, found, "the first model listed, " + found + ",");
        return found;
    }

    /** Why R1's model could not be found or read with the key: the run's verdict names it beside its failures. */
    public synchronized Optional<String> unreadable() {
        return notFound != null ? Optional.of(notFound) : unreadable;
    }

    private void readOnce(ModelsApi api, String id, String named) {
        if (read) {
            return;
        }
        read = true;
        try {
            ApiResponse model = api.getModel(id, KeyKind.VALID);
            if (model.status() != 200 || model.json().isEmpty()) {
                unreadable = Optional.of(model.masked(named + " cannot be read with the configured key: " + model.summary()
                        + "; check that it is a model of this account; reproduce: " + model.exchange().curl()));
            }
        } catch (RuntimeException noAnswer) {
            unreadable = Optional.of(named + " cannot be read with the configured key: " + noAnswer.getMessage().lines()
                    .findFirst().orElse(noAnswer.getClass().getSimpleName()));
        }
    }

    private static String firstListed(ModelsApi api) {
        ApiResponse listing = api.listModels(KeyKind.VALID);
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
