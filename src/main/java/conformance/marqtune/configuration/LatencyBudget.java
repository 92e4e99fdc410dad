package conformance.marqtune.configuration;

import java.time.Duration;

/** The latency check: how many sequential samples of R1, and the budget of their 95th percentile. */
public record LatencyBudget(int samples, Duration p95) {

    public static final String SAMPLES = "marqtune.latency.samples";
    public static final String P95_MS = "marqtune.latency.p95Ms";

    public static LatencyBudget from(SettingSources sources) {
        return new LatencyBudget(sources.wholeNumber(SAMPLES, 20, 1, 1000), sources.millis(P95_MS, 2_000));
    }
}
