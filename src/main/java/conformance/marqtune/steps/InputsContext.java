package conformance.marqtune.steps;

import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.inputs.Families;
import conformance.marqtune.inputs.NearMissReport;
import conformance.marqtune.inputs.RequestFamily;
import conformance.marqtune.inputs.Seeds;
import conformance.marqtune.inputs.NearMisses;
import conformance.marqtune.inputs.SearchVerdict;
import conformance.marqtune.inputs.SeededSearch;
import conformance.marqtune.client.Attachments;

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

    /** Every request of {@code family}, sent and judged, named for the ledger as {@code near-miss ids: an id with a hyphen missing}. */
    public void send(String ledgerName, RequestFamily family) {
        NearMissReport report = Families.send(scenario.pacedApi(), family, seeds(), scenario.precedence(), scenario.judge(),
                scenario.bulkConcurrency());
        this.tried = report;
        scenario.observations().family(ledgerName, report.tried().size(), (int) report.asDocumented());
        Attachments.text("Requests tried (" + report.tried().size() + ")", "text/csv", report.csv(), ".csv");
    }

    /**
     * One verdict for the family: every request answered as the contract's precedence says. {@code claimed} is the
     * response the feature's step names; a request the precedence gives no such answer contradicts the feature, an
     * error of the suite rather than a verdict on the target.
     */
    public void assertAllAsDocumented(String rule, DocumentedResponse claimed) {
        tried().tried().stream().filter(one -> !one.expected().allows(claimed)).findFirst().ifPresent(one -> {
            throw new IllegalStateException("the feature says each request gets " + claimed.label() + ", but the contract's "
                    + "precedence gives " + one.expected() + " for " + one.input() + " (" + one.family() + ")");
        });
        tried().assertAllAsDocumented(scenario.label("near-misses"), rule, scenario.secretMask());
    }

    /** What the families derive from: the model under test, a random UUID, the key. */
    private Seeds seeds() {
        return new Seeds(scenario.modelUnderTest(), NearMisses.randomSeed(), scenario.target().apiKey().reveal());
    }

    /** The search of whole requests, with three quarters of the run's budget: its share of the requests. */
    public void searchRequests() {
        searchBudget = budget() * 3 / 4;
        searchSpace = "search: requests";
        NearMissReport report = new NearMissReport();
        search = NearMisses.searchRequests(scenario.pacedApi(), scenario.precedence(), scenario.judge(), seeds(), seed(), searchBudget,
                report, scenario.bulkConcurrency());
        finishSearch(report);
    }

    /** The search of keys, with the rest of the budget. */
    public void searchKeys() {
        searchBudget = budget() - budget() * 3 / 4;
        searchSpace = "search: keys";
        NearMissReport report = new NearMissReport();
        search = NearMisses.searchKeys(scenario.pacedApi(), scenario.precedence(), scenario.judge(), seeds(), seed(), searchBudget,
                report, scenario.bulkConcurrency());
        finishSearch(report);
    }

    public void assertSearchFoundNothing() {
        boolean keys = searchSpace.endsWith("keys");
        SearchVerdict.assertNothingFound(scenario.label("the seeded search"), keys
                        ? "every generated near-miss of the key is refused as unauthorised"
                        : "every generated near-miss of the request is answered as the contract's precedence says",
                search, searchBudget, scenario.secretMask());
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
}
