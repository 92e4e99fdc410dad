package conformance.marqtune.inputs;

import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import java.util.List;
import java.util.stream.Collectors;

/** The verdict of a seeded search: nothing when it found nothing; else the seed, the input as found and as shrunk, and how to search again. */
public final class SearchVerdict {

    private SearchVerdict() {
    }

    /** One line for the ledger and the console: {@code ids: seed 42, 300 requests, nothing found}. */
    public static String summary(String space, SeededSearch.Outcome outcome, long seed) {
        return space + ": seed " + seed + ", " + outcome.requests() + " requests, "
                + outcome.finding().map(finding -> "found " + finding.shrunkInput().length() + "-character input answered wrongly")
                .orElse("nothing found");
    }

    /**
     * @param shownInput how the message may show an input of this space (a key's only as its edits)
     */
    public static void assertNothingFound(String checked, String rule, SeededSearch.Outcome outcome, int budget,
                                          java.util.function.Function<SeededSearch.Finding, String> shownInput,
                                          java.util.function.Function<List<SeededSearch.Edit>, String> shownEdits, SecretMask mask) {
        if (outcome.finding().isEmpty()) {
            return;
        }
        SeededSearch.Finding finding = outcome.finding().get();
        List<String> details = List.of(
                "  seed:      " + finding.seed() + " (" + outcome.requests() + " of " + budget + " requests)",
                "  found:     " + shownEdits.apply(finding.original()),
                "  shrunk to: " + shownEdits.apply(finding.shrunk()) + " = " + shownInput.apply(finding),
                "  search it again, exactly: -D" + SearchSettings.SEED + "=" + finding.seed() + " -D" + SearchSettings.REQUESTS
                        + "=" + budget * 4 / 3);
        throw RuleBroken.acrossExchanges(checked, List.of(new BrokenRule(rule, "every generated input answered as documented",
                finding.wrongAnswer() + " for " + shownInput.apply(finding))), details, mask::mask);
    }

    /** The edits in words: {@code replace 16 with '7', insert 0 '{'}. */
    public static String edits(List<SeededSearch.Edit> edits) {
        return edits.stream().map(edit -> edit.kind().name().toLowerCase(java.util.Locale.ROOT) + " at " + edit.position()
                + (edit.kind() == SeededSearch.Edit.Kind.DELETE ? "" : " '" + Tried.readable(String.valueOf(edit.character())) + "'"))
                .collect(Collectors.joining(", ")) + " (" + edits.size() + (edits.size() == 1 ? " edit)" : " edits)");
    }
}
