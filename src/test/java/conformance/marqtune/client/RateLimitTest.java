package conformance.marqtune.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rate limit on its own clock: a fake one that moves only when the limiter waits, so that what is
 * measured is the schedule the sender keeps, whatever else the machine is doing.
 */
class RateLimitTest {

    /** Time that passes only when the limiter parks, by exactly as long as it asks. */
    private static final class FakeClock implements TimeMeter, BlockingStrategy {
        long now;

        @Override
        public long currentTimeNanos() {
            return now;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        @Override
        public void park(long nanos) {
            now += nanos;
        }
    }

    @Test
    void noSecondOfTheSendersScheduleGrantsMoreThanTheRateAndOne() {
        for (double rate : new double[] {0.5, 1, 2.5, 10, 20, 333}) {
            FakeClock clock = new FakeClock();
            RateLimit limit = new RateLimit(rate, clock, clock);
            List<Long> grants = new ArrayList<>();
            for (int request = 0; request < 200; request++) {
                limit.awaitTurn();
                grants.add(clock.now);
            }

            assertThat(busiestSecond(grants)).as("the busiest second at %s a second", rate)
                    .isLessThanOrEqualTo((int) Math.floor(rate) + 1);
            assertThat(grants.get(grants.size() - 1)).as("199 intervals at %s a second", rate)
                    .isGreaterThanOrEqualTo((long) (199 / rate * 1e9) - 1_000);
        }
    }

    @Test
    void aSenderThatFallsBehindGetsNoBurstToCatchUp() {
        FakeClock clock = new FakeClock();
        RateLimit limit = new RateLimit(10, clock, clock);
        limit.awaitTurn();
        clock.now += 5_000_000_000L; // five seconds without a request
        List<Long> grants = new ArrayList<>();
        for (int request = 0; request < 30; request++) {
            limit.awaitTurn();
            grants.add(clock.now);
        }

        assertThat(busiestSecond(grants)).isLessThanOrEqualTo(11);
    }

    @Test
    void aRateThatIsNotAPositiveNumberIsRefused() {
        for (double rate : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            FakeClock clock = new FakeClock();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimit(rate, clock, clock))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The most grants in any window of one second (sliding, from each grant). */
    private static int busiestSecond(List<Long> grants) {
        int most = 0;
        for (int first = 0; first < grants.size(); first++) {
            int last = first;
            while (last + 1 < grants.size() && grants.get(last + 1) - grants.get(first) < 1_000_000_000L) {
                last++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
