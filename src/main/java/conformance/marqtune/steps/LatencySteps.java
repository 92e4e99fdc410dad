package conformance.marqtune.steps;

import static conformance.marqtune.contract.ResponseAssert.assertSamplesWithin;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.Attachments;
import io.cucumber.java.en.Then;
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
        Attachments.text("Latency samples (ms)", "text/csv", csv(samples), ".csv");
        assertSamplesWithin(samples, "R1 within the latency budget", context.configuration().latency().p95());
    }

    private static String csv(List<ApiResponse> samples) {
        return samples.stream().map(sample -> sample.elapsed().toMillis() + "," + sample.status())
                .collect(Collectors.joining("\n", "milliseconds,status\n", "\n"));
    }
}
