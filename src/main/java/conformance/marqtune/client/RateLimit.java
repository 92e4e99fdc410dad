package conformance.marqtune.client;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.BlockingBucket;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * At most a rate of requests a second: a Bucket4j bucket of one token, refilled continuously, so that no second grants
 * more than the rate and one. Clock and waiting are injectable, to test that on the sender's own schedule, not on
 * wall-clock arrivals a busy machine bunches.
 */
public final class RateLimit {

    private final BlockingBucket bucket;
    private final BlockingStrategy waiting;

    RateLimit(double perSecond, TimeMeter clock, BlockingStrategy waiting) {
        if (!(perSecond > 0) || !Double.isFinite(perSecond)) {
            throw new IllegalArgumentException("a rate is a finite number of requests a second above 0, was " + perSecond);
        }
        long refillNanos = Math.max(1, Math.round(1e9 / perSecond));
        this.bucket = Bucket.builder()
                .withCustomTimePrecision(clock)
                .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofNanos(refillNanos)).build())
                .build()
                .asBlocking();
        this.waiting = waiting;
    }

    public static RateLimit perSecond(double perSecond) {
        return new RateLimit(perSecond, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    public void awaitTurn() {
        try {
            bucket.consume(1, waiting);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rate limit", e);
        }
    }
}
