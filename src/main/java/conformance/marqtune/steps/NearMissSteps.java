package conformance.marqtune.steps;

import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.inputs.IdFamilies;
import conformance.marqtune.inputs.KeyFamilies;
import conformance.marqtune.inputs.KeyPlacements;
import conformance.marqtune.inputs.MethodFamilies;
import conformance.marqtune.inputs.PathFamilies;
import conformance.marqtune.inputs.RequestFamily;
import conformance.marqtune.inputs.SameRequests;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

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
    public RequestFamily idFamily(String title) {
        return RequestFamily.byTitle(IdFamilies.FAMILIES, title);
    }

    @ParameterType(".+")
    public RequestFamily keyFamily(String title) {
        return RequestFamily.byTitle(KeyFamilies.FAMILIES, title);
    }

    @ParameterType(".+")
    public RequestFamily methodFamily(String title) {
        return RequestFamily.byTitle(MethodFamilies.FAMILIES, title);
    }

    @ParameterType(".+")
    public RequestFamily pathFamily(String title) {
        return RequestFamily.byTitle(PathFamilies.FAMILIES, title);
    }

    @ParameterType(".+")
    public RequestFamily keyPlacement(String title) {
        return RequestFamily.byTitle(KeyPlacements.FAMILIES, title);
    }

    @ParameterType(".+")
    public RequestFamily sameRequest(String title) {
        return RequestFamily.byTitle(SameRequests.FAMILIES, title);
    }

    @When("the client asks for every model id {idFamily}")
    public void theClientAsksForEveryModelId(RequestFamily family) {
        inputs.send("near-miss ids: an id " + family.title(), family);
    }

    @When("the client presents the key {keyFamily}")
    public void theClientPresentsTheKey(RequestFamily family) {
        inputs.send("near-miss keys: the key " + family.title(), family);
    }

    @When("the client asks for a model with every method {methodFamily}")
    public void theClientAsksForAModelWithEveryMethod(RequestFamily family) {
        inputs.send("near-miss methods: " + family.title(), family);
    }

    @When("the client asks for the model at every path {pathFamily}")
    public void theClientAsksForTheModelAtEveryPath(RequestFamily family) {
        inputs.send("near-miss paths: " + family.title(), family);
    }

    @When("the client sends the key {keyPlacement}")
    public void theClientSendsTheKey(RequestFamily family) {
        inputs.send("where the key travels: " + family.title(), family);
    }

    @When("the client sends the request for the model {sameRequest}")
    public void theClientAsksForTheModel(RequestFamily family) {
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
}
