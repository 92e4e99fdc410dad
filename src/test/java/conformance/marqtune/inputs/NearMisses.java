package conformance.marqtune.inputs;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.ModelsApi.Attaching;
import conformance.marqtune.contract.Expected;
import conformance.marqtune.contract.Judge;
import conformance.marqtune.contract.Precedence;
import conformance.marqtune.request.ApiRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The seeded searches: each generated input sent, and judged as every answer is. */
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

    /**
     * The seeded search of ids around the model's and a random UUID, within {@code budget} requests, {@code concurrency}
     * inputs at a time. The search's threads are started from the scenario's, whose Allure context they inherit: the
     * exchanges of inputs answered otherwise than documented are attached to the scenario, each in full; the
     * scenario's table lists every input.
     */
    public static SeededSearch.Outcome searchIds(ModelsApi api, Precedence precedence, Judge judge, Seeds seeds, long seed, int budget,
                                                 NearMissReport report, int concurrency) {
        SeededSearch search = new SeededSearch(seed, budget, ID_ALPHABET, 0.5, concurrency);
        String modelId = seeds.modelId();
        return search.run(List.of(modelId.toLowerCase(Locale.ROOT), randomSeed(new java.util.Random(seed))),
                candidate -> !candidate.isEmpty() && !candidate.equalsIgnoreCase(modelId),
                input -> probe(api, precedence, judge, report, Tried.readable(input),
                        seeds.validKey().appliedTo(ApiRequest.getModel(input, "the configured API key"))));
    }

    /** The seeded search of keys around the valid key, within {@code budget} requests; every candidate is a wrong key. */
    public static SeededSearch.Outcome searchKeys(ModelsApi api, Precedence precedence, Judge judge, Seeds seeds, long seed, int budget,
                                                  NearMissReport report, int concurrency) {
        SeededSearch search = new SeededSearch(seed, budget, KEY_ALPHABET, 0, concurrency);
        String key = seeds.key();
        return search.run(List.of(key), candidate -> !candidate.strip().equals(key) && !candidate.isEmpty()
                        && candidate.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
                input -> {
                    KeyPresentation presentation = KeyPresentation.inHeader("a generated near-miss of the configured API key",
                            ApiRequest.API_KEY_HEADER, input, "<a near-miss of $MARQTUNE_API_KEY: see the search's message>");
                    return probe(api, precedence, judge, report, presentation.description(),
                            presentation.appliedTo(ApiRequest.getModel(seeds.modelId(), presentation.description())));
                });
    }

    private static Optional<String> probe(ModelsApi api, Precedence precedence, Judge judge, NearMissReport report, String shown,
                                          ApiRequest request) {
        ApiResponse response = api.send(request, Attaching.WHEN_ASKED);
        Expected expected = precedence.expectedFor(request);
        Optional<String> wrong = Families.wrongAnswer(judge, expected, response);
        wrong.ifPresent(answer -> api.attach(response));
        report.add(new Tried(shown, "search", expected, wrong, response.exchange().curl()));
        return wrong;
    }

    /** The random seed of a search: a UUID drawn from the search's own seed, so that the search repeats exactly. */
    static String randomSeed(java.util.Random random) {
        String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
        return uuid.replaceAll("(^|-)[0-9a-f]", "$10");
    }
}
