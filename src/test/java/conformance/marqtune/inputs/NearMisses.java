package conformance.marqtune.inputs;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.Credential;
import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.ModelsApi.Attaching;
import conformance.marqtune.contract.DocumentedResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Sends near-misses, one family or one search at a time, and judges every answer: what the scenarios call. */
public final class NearMisses {

    /** What the search's edits put into an id: hex digits and the characters lenient parsers read or skip. */
    private static final String ID_ALPHABET = "0123456789abcdefABCDEFgG-{}()+:_ xu\t\uFF10\u0660";
    /** What the search's edits put into a key: characters of keys, and a space. */
    private static final String KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_- ";

    private NearMisses() {
    }

    /** A random UUID whose every group starts with a zero, so that the parsers' leading-zero forms exist for it too. */
    public static String randomSeed() {
        return randomSeed(new java.util.Random());
    }

    /** Every input of {@code family}, from the model's id and a random UUID, each sent and judged. */
    public static NearMissReport ids(ModelsApi api, IdFamily family, String modelId) {
        return ids(api, family, modelId, 1);
    }

    /** The same, {@code concurrency} inputs at a time; the report lists them in the family's order. */
    public static NearMissReport ids(ModelsApi api, IdFamily family, String modelId, int concurrency) {
        NearMissReport report = new NearMissReport();
        List<IdFamily.NearMiss> inputs = family.inputs(modelId.toLowerCase(Locale.ROOT), randomSeed());
        List<ApiResponse> responses = InOrder.map(inputs, concurrency, input -> api.getModel(input.id(), Credential.VALID));
        for (int i = 0; i < inputs.size(); i++) {
            IdFamily.NearMiss input = inputs.get(i);
            ApiResponse response = responses.get(i);
            report.add(new Tried(Tried.readable(input.id()), family.title() + ", from " + input.seed().name().toLowerCase(Locale.ROOT)
                    + " id", Answers.expectedFor(input.id()), Answers.wrongAnswerToId(input.id(), response), response.exchange().curl()));
        }
        return report;
    }

    /** Every presentation of {@code family}, derived from the valid key, each sent for the model and judged. */
    public static NearMissReport keys(ModelsApi api, KeyFamily family, String modelId, String key) {
        return keys(api, family, modelId, key, 1);
    }

    /** The same, {@code concurrency} presentations at a time; the report lists them in the family's order. */
    public static NearMissReport keys(ModelsApi api, KeyFamily family, String modelId, String key, int concurrency) {
        NearMissReport report = new NearMissReport();
        String expected = family.isNearMiss() ? DocumentedResponse.R4.label() : DocumentedResponse.R1.label() + " of " + modelId;
        List<KeyPresentation> presentations = family.from(key);
        List<ApiResponse> responses = InOrder.map(presentations, concurrency, presentation -> api.getModel(modelId, presentation));
        for (int i = 0; i < presentations.size(); i++) {
            report.add(new Tried(presentations.get(i).description(), family.title(), expected,
                    Answers.wrongAnswerToKey(family.isNearMiss(), modelId, responses.get(i)), responses.get(i).exchange().curl()));
        }
        return report;
    }

    /** The seeded search of ids around the model's and a random UUID, within {@code budget} requests. */
    public static SeededSearch.Outcome searchIds(ModelsApi api, long seed, int budget, String modelId, NearMissReport report) {
        return searchIds(api, seed, budget, modelId, report, 1);
    }

    /**
     * The same, {@code concurrency} inputs at a time. The search's threads are started from the scenario's,
     * whose Allure context they inherit: the exchanges of inputs answered otherwise than documented are attached
     * to the scenario, each in full; the scenario's table lists every input.
     */
    public static SeededSearch.Outcome searchIds(ModelsApi api, long seed, int budget, String modelId, NearMissReport report,
                                                 int concurrency) {
        SeededSearch search = new SeededSearch(seed, budget, ID_ALPHABET, 0.5, concurrency);
        return search.run(List.of(modelId.toLowerCase(Locale.ROOT), randomSeed(new java.util.Random(seed))),
                candidate -> !candidate.isEmpty() && !candidate.equalsIgnoreCase(modelId),
                input -> {
                    ApiResponse response = api.getModel(input, Credential.VALID, Attaching.WHEN_ASKED);
                    Optional<String> wrong = Answers.wrongAnswerToId(input, response);
                    wrong.ifPresent(answer -> api.attach(response));
                    report.add(new Tried(Tried.readable(input), "search", Answers.expectedFor(input), wrong, response.exchange().curl()));
                    return wrong;
                });
    }

    /** The seeded search of keys around the valid key, within {@code budget} requests; every candidate is a wrong key. */
    public static SeededSearch.Outcome searchKeys(ModelsApi api, long seed, int budget, String modelId, String key,
                                                  NearMissReport report) {
        return searchKeys(api, seed, budget, modelId, key, report, 1);
    }

    /** The same, {@code concurrency} inputs at a time; exchanges attached as for the ids. */
    public static SeededSearch.Outcome searchKeys(ModelsApi api, long seed, int budget, String modelId, String key,
                                                  NearMissReport report, int concurrency) {
        SeededSearch search = new SeededSearch(seed, budget, KEY_ALPHABET, 0, concurrency);
        return search.run(List.of(key), candidate -> !candidate.strip().equals(key) && !candidate.isEmpty()
                        && candidate.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
                input -> {
                    KeyPresentation presentation = KeyPresentation.inHeader("a generated near-miss of the configured API key",
                            KeyPresentation.API_KEY_HEADER, input, "<a near-miss of $MARQTUNE_API_KEY: see the search's message>");
                    ApiResponse response = api.getModel(modelId, presentation, Attaching.WHEN_ASKED);
                    Optional<String> wrong = Answers.wrongAnswerToKey(true, modelId, response);
                    wrong.ifPresent(answer -> api.attach(response));
                    report.add(new Tried(presentation.description(), "search", DocumentedResponse.R4.label(), wrong,
                            response.exchange().curl()));
                    return wrong;
                });
    }

    /** The random seed of a search: a UUID drawn from the search's own seed, so that the search repeats exactly. */
    static String randomSeed(java.util.Random random) {
        String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
        return uuid.replaceAll("(^|-)[0-9a-f]", "$10");
    }
}
