package conformance.marqtune.inputs;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.ShellKey;
import conformance.marqtune.client.ModelsApi.Attaching;
import conformance.marqtune.contract.Expected;
import conformance.marqtune.contract.Judge;
import conformance.marqtune.contract.Precedence;
import conformance.marqtune.request.ApiRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * The seeded searches of requests and of keys. Their threads inherit the scenario's Allure context, so that each wrong
 * answer's exchange is attached to it in full; its table lists every input.
 */
public final class NearMisses {

    private NearMisses() {
    }

    /** A random UUID whose every group starts with a zero, so that the parsers' leading-zero forms exist for it too. */
    public static String randomSeed() {
        return randomSeed(new java.util.Random());
    }

    public static SeededSearch.Outcome searchRequests(ModelsApi api, Precedence precedence, Judge judge, Seeds seeds, long seed,
                                                      int budget, NearMissReport report, int concurrency) {
        // the random UUID is drawn from the search's own seed, so that the search repeats exactly
        RequestSpace space = new RequestSpace(new Seeds(seeds.modelId(), randomSeed(new java.util.Random(seed)), seeds.key()));
        return new SeededSearch<>(seed, budget, concurrency, space).run(candidate -> probe(api, precedence, judge, report,
                space.shown(candidate), space.request(candidate)));
    }

    public static SeededSearch.Outcome searchKeys(ModelsApi api, Precedence precedence, Judge judge, Seeds seeds, long seed, int budget,
                                                  NearMissReport report, int concurrency) {
        KeySpace space = new KeySpace(seeds.key());
        return new SeededSearch<>(seed, budget, concurrency, space).run(candidate -> {
            KeyPresentation presentation = keyNearMiss(seeds.key(), space.keyOf(candidate));
            return probe(api, precedence, judge, report, presentation.description(),
                    presentation.appliedTo(ApiRequest.getModel(seeds.modelId(), presentation.description())));
        });
    }

    /** A generated near-miss of {@code key} in x-api-key, shown (and curl'd) as a bash expression of the key. */
    static KeyPresentation keyNearMiss(String key, String nearMiss) {
        return KeyPresentation.inHeader("a generated near-miss of the configured API key", ApiRequest.API_KEY_HEADER, nearMiss,
                ShellKey.nearMiss(key, nearMiss));
    }

    private static Optional<SeededSearch.Wrong> probe(ModelsApi api, Precedence precedence, Judge judge, NearMissReport report, String shown,
                                          ApiRequest request) {
        ApiResponse response = api.send(request, Attaching.WHEN_ASKED);
        Expected expected = precedence.expectedFor(request);
        Optional<String> wrong = Families.wrongAnswer(judge, expected, response);
        wrong.ifPresent(answer -> api.attach(response));
        report.add(new NearMissOutcome(shown, "search", expected, wrong, wrong.isPresent() && Families.answeredInFront(response),
                wrong.isPresent() && Families.echoedTheKey(response),
                response.exchange().curl()));
        return wrong.map(answer -> new SeededSearch.Wrong(answer, Families.echoedTheKey(response), response.exchange().curl()));
    }

    static String randomSeed(java.util.Random random) {
        String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
        return uuid.replaceAll("(^|-)[0-9a-f]", "$10");
    }
}
