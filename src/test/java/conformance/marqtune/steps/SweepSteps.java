package conformance.marqtune.steps;

import conformance.marqtune.client.TransportFailure;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.sweep.ModelSweep;
import conformance.marqtune.sweep.Nonconformity;
import conformance.marqtune.sweep.SweepResult;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.qameta.allure.Allure;
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
        System.out.println("Sweep: " + result.figures());
        context.recordSweep(result);
    }

    @Then("every listed model conforms to the contract")
    public void everyListedModelConformsToTheContract() {
        SweepResult sweep = context.sweep();
        Allure.addAttachment("Sweep figures", "text/plain", sweep.figures(), ".txt");
        Allure.addAttachment("Sweep: every rule broken", "text/csv", sweep.csv(), ".csv");
        if (sweep.conforms() && sweep.unreached() > 0) {
            // no broken rule, but models that got no answer: no verdict, as for any transport failure
            throw new TransportFailure("the sweep could not fetch " + sweep.unreached() + " of its models; "
                    + sweep.summaryLine() + System.lineSeparator() + sweep.unreachedReasons().stream()
                    .map(reason -> "    - " + reason).collect(Collectors.joining(System.lineSeparator())),
                    new SecretMask(context.configuration().secrets()));
        }
        if (!sweep.conforms()) {
            Nonconformity first = sweep.rows().get(0);
            throw new AssertionError(System.lineSeparator() + "R1 on every listed model: rule broken: every model of the listing "
                    + "conforms (first: " + first.modelId() + ", " + first.rule() + ")" + System.lineSeparator() + "  expected:  " + sweep.checked() + " of " + sweep.checked()
                    + " models conform" + System.lineSeparator() + "  actual:    " + sweep.summaryLine()
                    + "; the first " + Math.min(SHOWN, sweep.rows().size()) + " rules broken (the full table is attached as CSV):"
                    + System.lineSeparator() + sweep.rows().stream().limit(SHOWN).map(Nonconformity::toString)
                    .map(row -> "    - " + row).collect(Collectors.joining(System.lineSeparator())));
        }
    }
}
