package conformance.marqtune.inputs;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.contract.Expected;
import conformance.marqtune.contract.Judge;
import conformance.marqtune.contract.Precedence;
import conformance.marqtune.contract.ResponseRules;
import java.util.List;
import java.util.Optional;

/** Sends a family's requests and judges each answer, by the one judge, against what the precedence says it must get. */
public final class Families {

    private Families() {
    }

    /** Every input of {@code family}, {@code concurrency} at a time; the report lists them in the family's order. */
    public static NearMissReport send(ModelsApi api, RequestFamily family, Seeds seeds, Precedence precedence, Judge judge,
                                      int concurrency) {
        NearMissReport report = new NearMissReport();
        List<FamilyInput> inputs = family.inputs(seeds);
        List<ApiResponse> responses = OrderedSenders.map(inputs, concurrency, input -> api.send(input.request(), ModelsApi.Attaching.EVERY_ANSWER));
        for (int i = 0; i < inputs.size(); i++) {
            FamilyInput input = inputs.get(i);
            Expected expected = precedence.expectedFor(input.request());
            report.add(new NearMissOutcome(input.shown(), family.title() + (input.from().isEmpty() ? "" : ", from " + input.from()),
                    expected, wrongAnswer(judge, expected, responses.get(i)), answeredInFront(responses.get(i)),
                    echoedTheKey(responses.get(i)), responses.get(i).exchange().curl()));
        }
        return report;
    }

    static boolean echoedTheKey(ApiResponse response) {
        return ResponseRules.keyNotEchoed(response).isPresent();
    }

    static boolean answeredInFront(ApiResponse response) {
        return ResponseRules.answeredInFront(response).isPresent();
    }

    static Optional<String> wrongAnswer(Judge judge, Expected expected, ApiResponse response) {
        boolean head = response.exchange().method().equals("HEAD");
        // a page of a proxy's says all there is in its actual: no rule of the service's to name beside it
        return judge.mismatch(response, expected, head).map(mismatch -> mismatch.actual()
                + mismatch.rules().stream().findFirst().filter(rule -> !rule.rule().equals(ResponseRules.ANSWERED_IN_FRONT))
                        .map(rule -> "; the nearest answer allowed breaks the rule: " + rule.rule() + "; got " + rule.actual()).orElse(""));
    }
}
