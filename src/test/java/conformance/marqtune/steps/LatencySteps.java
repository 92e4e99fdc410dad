package conformance.marqtune.steps;

import static conformance.marqtune.contract.ResponseAssert.assertThatResponse;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.contract.DocumentedResponse;
import io.cucumber.java.en.Then;
import conformance.marqtune.report.Attachments;
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
        List<ApiResponse> samples = context.samples();
        Attachments.text("Latency samples (ms)", "text/csv", samples.stream()
                .map(sample -> sample.elapsed().toMillis() + "," + sample.status())
                .collect(Collectors.joining("\n", "milliseconds,status\n", "\n")), ".csv");
        String label = DocumentedResponse.R1.name() + " within the latency budget";
        for (ApiResponse sample : samples) {
            assertThatResponse(sample, label).hasStatus(200);
        }
        Duration budget = context.configuration().latencyP95();
        assertThatResponse(samples.get(0), label)
                .hasPercentileWithin(95, samples.stream().map(ApiResponse::elapsed).toList(), budget);
    }
}
