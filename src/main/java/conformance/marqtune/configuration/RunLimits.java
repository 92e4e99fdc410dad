package conformance.marqtune.configuration;

import java.time.Duration;

/**
 * How long a whole run may take (10 minutes unless configured: the default sweep of 200 models at 10 a
 * second, the near-misses and the search fit in a few of them against a slow target), and how much of it
 * may be spent waiting out 429s (a minute). When either is spent, nothing more is sent, the scenarios
 * left are not run, and the run fails saying so.
 */
public record RunLimits(Duration maxRun, Duration maxThrottleWait) {

    public static final String MAX_SECONDS = "marqtune.run.maxSeconds";
    public static final String MAX_THROTTLE_WAIT_SECONDS = "marqtune.throttle.maxWaitSeconds";

    public static RunLimits from(SettingSources sources) {
        return new RunLimits(Duration.ofSeconds(sources.wholeNumber(MAX_SECONDS, 600, 10, 86_400)),
                Duration.ofSeconds(sources.wholeNumber(MAX_THROTTLE_WAIT_SECONDS, 60, 0, 3_600)));
    }
}
