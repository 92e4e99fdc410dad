package conformance.marqtune.steps;

import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.inputs.IdFamily;
import conformance.marqtune.inputs.KeyFamily;
import conformance.marqtune.inputs.KeyPlacementFamily;
import conformance.marqtune.inputs.MethodFamily;
import conformance.marqtune.inputs.PathFamily;
import conformance.marqtune.inputs.RequestFamily;
import conformance.marqtune.inputs.SameRequestFamily;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;

/**
 * The families of requests near the documented one, one part of the request varied in each: one family per
 * scenario, every request judged by the contract's precedence, one verdict.
 */
public class NearMissSteps {

    private final InputsContext inputs;

    public NearMissSteps(InputsContext inputs) {
        this.inputs = inputs;
    }

    @ParameterType(".+")
    public IdFamily idFamily(String title) {
        return byTitle(IdFamily.values(), title);
    }

    @ParameterType(".+")
    public KeyFamily keyFamily(String title) {
        return byTitle(KeyFamily.values(), title);
    }

    @ParameterType(".+")
    public MethodFamily methodFamily(String title) {
        return byTitle(MethodFamily.values(), title);
    }

    @ParameterType(".+")
    public PathFamily pathFamily(String title) {
        return byTitle(PathFamily.values(), title);
    }

    @ParameterType(".+")
    public KeyPlacementFamily keyPlacement(String title) {
        return byTitle(KeyPlacementFamily.values(), title);
    }

    @ParameterType(".+")
    public SameRequestFamily sameRequest(String title) {
        return byTitle(SameRequestFamily.values(), title);
    }

    @When("the client asks for every model id {idFamily}")
    public void theClientAsksForEveryModelId(IdFamily family) {
        inputs.send("near-miss ids: an id " + family.title(), family);
    }

    @When("the client presents the key {keyFamily}")
    public void theClientPresentsTheKey(KeyFamily family) {
        inputs.send("near-miss keys: the key " + family.title(), family);
    }

    @When("the client asks for a model with every method {methodFamily}")
    public void theClientAsksForAModelWithEveryMethod(MethodFamily family) {
        inputs.send("near-miss methods: " + family.title(), family);
    }

    @When("the client asks for the model at every path {pathFamily}")
    public void theClientAsksForTheModelAtEveryPath(PathFamily family) {
        inputs.send("near-miss paths: " + family.title(), family);
    }

    @When("the client sends the key {keyPlacement}")
    public void theClientSendsTheKey(KeyPlacementFamily family) {
        inputs.send("where the key travels: " + family.title(), family);
    }

    @When("the client sends the request for the model {sameRequest}")
    public void theClientAsksForTheModel(SameRequestFamily family) {
        inputs.send("the same request: " + family.title(), family);
    }

    @Then("each is refused as an invalid model id")
    public void eachIsRefusedAsAnInvalidModelId() {
        inputs.assertAllAsDocumented("every near-miss of a model id is refused as an invalid model id", DocumentedResponse.R3);
    }

    @Then("each is answered as the UUID it is")
    public void eachIsAnsweredAsTheUuidItIs() {
        inputs.assertAllAsDocumented("a UUID names no model (404), or exactly itself (200 with that modelId)", DocumentedResponse.R5);
    }

    @Then("each is refused as unauthorised")
    public void eachIsRefusedAsUnauthorised() {
        inputs.assertAllAsDocumented("a key that is not the key, or not in x-api-key, is refused as unauthorised", DocumentedResponse.R4);
    }

    @Then("each is refused as an invalid request method")
    public void eachIsRefusedAsAnInvalidRequestMethod() {
        inputs.assertAllAsDocumented("a method that is not GET, or a path that is not the route, is refused as an invalid request method",
                DocumentedResponse.R2);
    }

    @Then("each is served the model, as the documented request is")
    public void eachIsServedTheModel() {
        inputs.assertAllAsDocumented("a form of the request that the contract counts as the same request gets the model",
                DocumentedResponse.R1);
    }

    private static <F extends RequestFamily> F byTitle(F[] families, String title) {
        return Arrays.stream(families).filter(family -> family.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no family of " + families[0].getClass().getSimpleName()
                        + " is called '" + title + "'"));
    }
}
