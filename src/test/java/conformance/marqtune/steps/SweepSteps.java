package conformance.marqtune.steps;

import conformance.marqtune.client.TransportFailure;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.sweep.ModelSweep;
import conformance.marqtune.sweep.SweepResult;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import conformance.marqtune.report.Attachments;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The sweep: every listed model checked as R1 is, in one scenario with one verdict. */
public class SweepSteps {

    private static final int SHOWN = 20;

    private final ScenarioContext context;

    public SweepSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the client sweeps the models of the account")
    public void theClientSweepsTheModelsOfTheAccount() {
        SweepResult result = new ModelSweep(context.configuration(), context.schemas(), System.out).run();
        context.recordSweep(result);
    }

    @Then("every listed model conforms to the contract")
    public void everyListedModelConformsToTheContract() {
        SweepResult sweep = context.sweep();
        SecretMask mask = new SecretMask(context.configuration().secrets());
        Attachments.text("Sweep figures", "text/plain", sweep.figures(), ".txt");
        Attachments.text("Sweep: every rule broken", "text/csv", sweep.csv(), ".csv");
        if (sweep.conforms() && sweep.unreached() > 0) {
            // no broken rule, but models that got no answer: no verdict, as for any transport failure
            throw new TransportFailure("the sweep could not fetch " + sweep.unreached() + " of its models; "
                    + sweep.summaryLine() + System.lineSeparator() + sweep.unreachedReasons().stream()
                    .map(reason -> "    - " + reason).collect(Collectors.joining(System.lineSeparator())),
                    mask);
        }
        if (!sweep.conforms()) {
            List<String> table = new ArrayList<>();
            table.add("  the first " + Math.min(SHOWN, sweep.rows().size()) + " rules broken (the full table is attached as CSV):");
            sweep.rows().stream().limit(SHOWN).map(row -> "    - " + row).forEach(table::add);
            throw RuleBroken.acrossExchanges("R1 on every listed model",
                    List.of(new BrokenRule("every model of the listing conforms", sweep.checked() + " of " + sweep.checked()
                            + " models conform", sweep.summaryLine())), table, mask::mask);
        }
    }
}
