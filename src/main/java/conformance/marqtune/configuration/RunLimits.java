package conformance.marqtune.configuration;

import java.time.Duration;

/**
 * How long a run may take (10 minutes: the default sweep, near-misses and search fit in a few against a slow target),
 * and how much of it may go to waiting out 429s (a minute).
 */
public record RunLimits(Duration maxRun, Duration maxThrottleWait) {

    public static final String MAX_SECONDS = "marqtune.run.maxSeconds";
    public static final String MAX_THROTTLE_WAIT_SECONDS = "marqtune.throttle.maxWaitSeconds";

    public static RunLimits from(SettingSources sources) {
        return new RunLimits(Duration.ofSeconds(sources.wholeNumber(MAX_SECONDS, 600, 10, 86_400)),
                Duration.ofSeconds(sources.wholeNumber(MAX_THROTTLE_WAIT_SECONDS, 60, 0, 3_600)));
    }
}
