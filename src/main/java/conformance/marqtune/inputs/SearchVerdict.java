package conformance.marqtune.inputs;

import conformance.marqtune.contract.ResponseRules;
import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import java.util.List;

/** The verdict of a seeded search: nothing when it found nothing; else the seed, the input as found and as shrunk, and how to search again. */
public final class SearchVerdict {

    private SearchVerdict() {
    }

    /** One line for the ledger and the console: {@code ids: seed 42, 300 requests, nothing found}. */
    public static String summary(String space, SeededSearch.Outcome outcome, long seed) {
        return space + ": seed " + seed + ", " + outcome.requests() + " requests, "
                + outcome.finding().map(finding -> "found an input of " + finding.shrunkEdits() + " edit" + (finding.shrunkEdits() == 1 ? "" : "s")
                        + " answered wrongly")
                .orElse("nothing found");
    }

    public static void assertNothingFound(String checked, String rule, SeededSearch.Outcome outcome, int budget, SecretMask mask) {
        if (outcome.finding().isEmpty()) {
            return;
        }
        SeededSearch.Finding finding = outcome.finding().get();
        List<String> details = List.of(
                "  seed:      " + finding.seed() + " (" + outcome.requests() + " of " + budget + " requests)",
                "  found:     " + finding.found(),
                "  shrunk to: " + finding.shrunk() + " = " + finding.shrunkInput(),
                "  reproduce: " + finding.wrong().curl(),
                "  search it again, exactly: -D" + SearchSettings.SEED + "=" + finding.seed() + " -D" + SearchSettings.REQUESTS
                        + "=" + budget * 4 / 3);
        List<BrokenRule> rules = new java.util.ArrayList<>();
        if (finding.wrong().echoedTheKey()) {
            rules.add(new BrokenRule(ResponseRules.KEY_NOT_ECHOED, "no form of the API key in any answer",
                    "a leak by the target: the answer to " + finding.shrunkInput() + " echoed the key it was sent (masked in this report)"));
        }
        rules.add(new BrokenRule(rule, "every generated input answered as documented", finding.wrong().answer() + " for " + finding.shrunkInput()));
        throw RuleBroken.acrossExchanges(checked, rules, details, mask::mask);
    }
}
