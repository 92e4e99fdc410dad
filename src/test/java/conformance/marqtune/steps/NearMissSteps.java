package conformance.marqtune.steps;

import conformance.marqtune.inputs.IdFamily;
import conformance.marqtune.inputs.KeyFamily;
import conformance.marqtune.inputs.NearMisses;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The near-misses of a model id and of the key: one family per scenario, every input judged, one verdict. */
public class NearMissSteps {

    private final ScenarioContext context;
    private final InputsContext inputs;

    public NearMissSteps(ScenarioContext context, InputsContext inputs) {
        this.context = context;
        this.inputs = inputs;
    }

    @ParameterType(".+")
    public IdFamily idFamily(String title) {
        return IdFamily.byTitle(title);
    }

    @ParameterType(".+")
    public KeyFamily keyFamily(String title) {
        return KeyFamily.byTitle(title);
    }

    @When("the client asks for every model id {idFamily}")
    public void theClientAsksForEveryModelIdWith(IdFamily family) {
        inputs.record("near-miss ids: an id " + family.title(), NearMisses.ids(context.pacedApi(), family, context.modelUnderTest(),
                context.bulkConcurrency()));
    }

    @When("the client presents the key {keyFamily}")
    public void theClientPresentsTheKeyWith(KeyFamily family) {
        inputs.record("near-miss keys: the key " + family.title(),
                NearMisses.keys(context.pacedApi(), family, context.modelUnderTest(), context.target().apiKey().reveal(),
                        context.bulkConcurrency()));
    }

    @Then("each is refused as an invalid model id")
    public void eachIsRefusedAsAnInvalidModelId() {
        inputs.assertAllAsDocumented("every near-miss of a model id is refused as an invalid model id");
    }

    @Then("each is answered as the UUID it is")
    public void eachIsAnsweredAsTheUuidItIs() {
        inputs.assertAllAsDocumented("a UUID names no model (404), or exactly itself (200 with that modelId)");
    }

    @Then("each is refused as unauthorised")
    public void eachIsRefusedAsUnauthorised() {
        inputs.assertAllAsDocumented("every near-miss of the key is refused as unauthorised");
    }

    @Then("each is served the model")
    public void eachIsServedTheModel() {
        inputs.assertAllAsDocumented("the key presented as HTTP allows is the key: the model is served");
    }
}
