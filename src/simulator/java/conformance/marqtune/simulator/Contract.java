package conformance.marqtune.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract over two seeded accounts as a pure function, its readings included; it reads requests by rules of its
 * own ({@link Route}, {@link Uuids}), none of them the suite's.
 */
final class Contract implements Accounts {

    private final String validKey;
    /** Account key to that account's models, in listing order, keyed by lower-case id. */
    private final Map<String, Map<String, SimulatedModel>> modelsByAccount;

    Contract(String apiKey, String foreignApiKey, int generatedModels) {
        this.validKey = apiKey;
        this.modelsByAccount = Map.of(
                apiKey, index(SeededModels.primaryAccount(Replies.MAPPER, generatedModels)),
                foreignApiKey, index(SeededModels.foreignAccount(Replies.MAPPER)));
    }

    @Override
    public SimulatorReply correctReply(SimulatorRequest request) {
        Optional<Map<String, SimulatedModel>> account = request.apiKey().map(modelsByAccount::get);
        if (account.isEmpty()) {
            return Replies.unauthorized();
        }
        if (request.readsListing()) {
            return Replies.listing(account.get().values());
        }
        if (!request.readsOneModel()) {
            return Replies.invalidMethod();
        }
        String modelId = request.route().modelId();
        if (!Uuids.isCanonical(modelId)) {
            return Replies.invalidModelId();
        }
        if (Uuids.same(modelId, SeededModels.SERVER_ERROR_MODEL_ID)) {
            return Replies.internalServerError();
        }
        SimulatedModel model = account.get().get(Uuids.lookupKey(modelId));
        return model == null ? Replies.notFound() : Replies.model(model);
    }

    @Override
    public String validKey() {
        return validKey;
    }

    @Override
    public List<SimulatedModel> modelsOf(String apiKey) {
        return List.copyOf(modelsByAccount.getOrDefault(apiKey, Map.of()).values());
    }

    @Override
    public Optional<SimulatedModel> findInAnyAccount(String modelId) {
        return modelsByAccount.values().stream()
                .map(models -> models.get(Uuids.lookupKey(modelId)))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static Map<String, SimulatedModel> index(List<SimulatedModel> models) {
        Map<String, SimulatedModel> byId = new LinkedHashMap<>();
        models.forEach(model -> byId.put(Uuids.lookupKey(model.modelId()), model));
        return byId;
    }
}
