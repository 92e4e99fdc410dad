package conformance.marqtune.configuration;

import java.util.Optional;

/**
 * The sweep's models (0 for all), concurrency and rate (0 for none; else 10 a second live, none against the simulator),
 * which the near-misses and the search keep too.
 */
public record SweepLimits(int max, int concurrency, Optional<Double> configuredRate) {

    public static final String MAX = "marqtune.sweep.max";
    public static final String CONCURRENCY = "marqtune.sweep.concurrency";
    public static final String RATE = "marqtune.sweep.ratePerSecond";

    public static SweepLimits from(SettingSources sources) {
        return new SweepLimits(sources.wholeNumber(MAX, 200, 0, Integer.MAX_VALUE), sources.wholeNumber(CONCURRENCY, 4, 1, 64),
                sources.rate(RATE));
    }

    public Optional<Double> ratePerSecondFor(Target target) {
        return configuredRate.or(() -> target.isSimulator() ? Optional.empty() : Optional.of(10.0)).filter(rate -> rate > 0);
    }

    public String describe() {
        return (max == 0 ? "all" : "at most " + max) + " models, " + concurrency + " at a time, "
                + configuredRate.map(rate -> rate == 0 ? "no rate limit" : rate + " requests/s")
                        .orElse("10 requests/s against a live target, none against the simulator");
    }
}
