package conformance.marqtune.steps;

import static conformance.marqtune.contract.ResponseAssert.assertThatResponse;

import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.steps.ScenarioContext.LatencySample;
import io.cucumber.java.en.Then;
import io.qameta.allure.Allure;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The latency budget of R1: the 95th percentile of sequential samples. */
public class LatencySteps {

    private final ScenarioContext context;

    public LatencySteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("95% of the answers arrive within the latency budget")
    public void ninetyFivePercentOfTheAnswersArriveWithinTheLatencyBudget() {
        List<LatencySample> samples = context.samples();
        Allure.addAttachment("Latency samples (ms)", "text/csv", samples.stream()
                .map(sample -> sample.took().toMillis() + "," + sample.response().status())
                .collect(Collectors.joining("\n", "milliseconds,status\n", "\n")), ".csv");
        String label = DocumentedResponse.R1.label() + " within the latency budget";
        for (LatencySample sample : samples) {
            assertThatResponse(sample.response(), label).hasStatus(200);
        }
        Duration budget = context.configuration().latencyP95();
        assertThatResponse(samples.get(0).response(), label)
                .hasPercentileWithin(95, samples.stream().map(LatencySample::took).toList(), budget);
    }
}
