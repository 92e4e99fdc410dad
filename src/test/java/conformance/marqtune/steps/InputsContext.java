package conformance.marqtune.steps;

import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.inputs.NearMissReport;
import conformance.marqtune.inputs.NearMisses;
import conformance.marqtune.inputs.SearchVerdict;
import conformance.marqtune.inputs.SeededSearch;
import conformance.marqtune.client.Attachments;
import java.util.function.Function;

/**
 * The near-misses of one scenario, beside its {@link ScenarioContext} (picocontainer makes one of each per
 * scenario): what was sent and how each was answered, and the seeded search's outcome. Every input is
 * counted for the run's ledger and attached to the report as a table.
 */
public final class InputsContext {

    private final ScenarioContext scenario;
    private NearMissReport tried;
    private SeededSearch.Outcome search;
    private int searchBudget;
    private String searchSpace;

    public InputsContext(ScenarioContext scenario) {
        this.scenario = scenario;
    }

    /** The inputs of one family, named for the ledger as {@code near-miss ids: a hyphen missing}. */
    public void record(String family, NearMissReport report) {
        this.tried = report;
        scenario.observations().family(family, report.tried().size(), (int) report.asDocumented());
        Attachments.text("Near-misses tried (" + report.tried().size() + ")", "text/csv", report.csv(), ".csv");
    }

    public void assertAllAsDocumented(String rule) {
        tried().assertAllAsDocumented(scenario.label("near-misses"), rule, mask());
    }

    /** The search of ids, with three quarters of the run's budget: its share of the requests. */
    public void searchIds() {
        searchBudget = budget() * 3 / 4;
        searchSpace = "search: model ids";
        NearMissReport report = new NearMissReport();
        search = NearMisses.searchIds(scenario.pacedApi(), seed(), searchBudget, scenario.modelUnderTest(), report,
                scenario.bulkConcurrency());
        finishSearch(report);
    }

    /** The search of keys, with the rest of the budget. */
    public void searchKeys() {
        searchBudget = budget() - budget() * 3 / 4;
        searchSpace = "search: keys";
        NearMissReport report = new NearMissReport();
        search = NearMisses.searchKeys(scenario.pacedApi(), seed(), searchBudget, scenario.modelUnderTest(),
                scenario.target().apiKey().reveal(), report, scenario.bulkConcurrency());
        finishSearch(report);
    }

    public void assertSearchFoundNothing() {
        boolean keys = searchSpace.endsWith("keys");
        Function<SeededSearch.Finding, String> shown = keys
                ? finding -> "the configured API key with " + SearchVerdict.edits(finding.shrunk())
                : SeededSearch.Finding::shrunkInput;
        SearchVerdict.assertNothingFound(scenario.label("the seeded search"), keys
                        ? "every generated near-miss of the key is refused as unauthorised"
                        : "every generated near-miss of a model id is answered as documented",
                search, searchBudget, shown, SearchVerdict::edits, mask());
    }

    private void finishSearch(NearMissReport report) {
        this.tried = report;
        scenario.observations().family(searchSpace, report.tried().size(), (int) report.asDocumented());
        scenario.observations().search(SearchVerdict.summary(searchSpace, search, seed()));
        Attachments.text("Inputs the search sent (" + report.tried().size() + ")", "text/csv", report.csv(), ".csv");
    }

    private int budget() {
        int budget = scenario.configuration().search().requestsFor(scenario.target());
        scenario.skipUnless(budget > 0, "the seeded search is off: " + SearchSettings.REQUESTS + " is 0");
        return budget;
    }

    private long seed() {
        return scenario.configuration().search().seed();
    }

    private NearMissReport tried() {
        if (tried == null) {
            throw new IllegalStateException("no near-miss was sent in this scenario: the When step must come first");
        }
        return tried;
    }

    private SecretMask mask() {
        return new SecretMask(scenario.configuration().secrets());
    }
}
