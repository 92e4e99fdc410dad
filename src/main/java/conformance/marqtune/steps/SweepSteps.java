package conformance.marqtune.steps;

import conformance.marqtune.client.Attachments;
import conformance.marqtune.sweep.ModelSweep;
import conformance.marqtune.sweep.SweepResult;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The sweep: every listed model checked as R1 is, in one scenario with one verdict. */
public class SweepSteps {

    private final ScenarioContext context;
    private SweepResult sweep;

    public SweepSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the client sweeps the models of the account")
    public void theClientSweepsTheModelsOfTheAccount() {
        sweep = new ModelSweep(context.configuration(), context.schemas(), context.pace(), System.out,
                context.requestLog(context.configuration().sweep().concurrency(), true)).run();
        context.observations().sweep(sweep.summaryLine());
        context.observations().throttled(sweep.throttledResponses());
    }

    @Then("every listed model conforms to the contract")
    public void everyListedModelConformsToTheContract() {
        if (sweep == null) {
            throw new IllegalStateException("no sweep has run in this scenario: the When step must come first");
        }
        Attachments.text("Sweep figures", "text/plain", sweep.figures(), ".txt");
        Attachments.text("Sweep: every rule broken", "text/csv", sweep.csv(), ".csv");
        sweep.assertConforms(context.secretMask());
    }
}
