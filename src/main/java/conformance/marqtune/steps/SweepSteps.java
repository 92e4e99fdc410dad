package conformance.marqtune.steps;

import conformance.marqtune.client.Attachments;
import conformance.marqtune.sweep.ModelSweep;
import conformance.marqtune.sweep.SweepResult;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The sweep: every listed model checked as R1 is, in one scenario with one verdict. */
public class SweepSteps {

    private final ScenarioContext context;

    public SweepSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the client sweeps the models of the account")
    public void theClientSweepsTheModelsOfTheAccount() {
        context.recordSweep(new ModelSweep(context.configuration(), context.schemas(), context.pace(), System.out,
                context.requestLog(context.configuration().sweep().concurrency(), true)).run());
    }

    @Then("every listed model conforms to the contract")
    public void everyListedModelConformsToTheContract() {
        SweepResult sweep = context.sweep();
        Attachments.text("Sweep figures", "text/plain", sweep.figures(), ".txt");
        Attachments.text("Sweep: every rule broken", "text/csv", sweep.csv(), ".csv");
        sweep.assertConforms(context.secretMask());
    }
}
