package conformance.marqtune.configuration;

import java.util.Optional;

/**
 * How much the sweep may ask of the target: how many models (0 for all), how many at a time, and at
 * most how many requests a second (10 unless configured; 0 for no limit).
 */
public record SweepLimits(int max, int concurrency, Optional<Double> ratePerSecond) {

    public static final String MAX = "marqtune.sweep.max";
    public static final String CONCURRENCY = "marqtune.sweep.concurrency";
    public static final String RATE = "marqtune.sweep.ratePerSecond";

    public static SweepLimits from(SettingSources sources) {
        Optional<Double> rate = sources.rate(RATE).or(() -> Optional.of(10.0)).filter(perSecond -> perSecond > 0);
        return new SweepLimits(sources.wholeNumber(MAX, 200, 0, Integer.MAX_VALUE), sources.wholeNumber(CONCURRENCY, 4, 1, 64),
                rate);
    }

    public String describe() {
        return (max == 0 ? "all" : "at most " + max) + " models, " + concurrency + " at a time, "
                + ratePerSecond.map(rate -> rate + " requests/s").orElse("no rate limit");
    }
}
