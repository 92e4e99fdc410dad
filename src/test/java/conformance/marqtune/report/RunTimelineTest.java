package conformance.marqtune.report;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.client.RequestLog;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The run's critical path: the preflight, then the longest of its lower bounds, each named. */
class RunTimelineTest {

    private static void send(RequestLog log, int requests, long millis) {
        IntStream.range(0, requests).forEach(i -> log.sent(Duration.ofMillis(millis)));
    }

    @Test
    void pacedRequestsTakeTheirIntervalsThenTheLastOnesRoundTrip() {
        RunTimeline timeline = new RunTimeline();
        send(timeline.preflight(), 1, 300);
        send(timeline.chain(4, true, false), 21, 200);
        send(timeline.chain(4, true, false), 10, 250);
        send(timeline.chain(1, false, false), 5, 200);

        RunTimeline.CriticalPath path = timeline.criticalPath(4, Optional.of(10.0));

        // 31 paced requests at 10 a second: the last is sent 3.0 s after the first, and answered 200 ms later
        assertThat(path.bound()).isEqualTo("the paced requests at the rate limit");
        assertThat(path.total()).isEqualTo(Duration.ofMillis(300 + 3000 + 200));
        assertThat(path.pacedRequests()).isEqualTo(31);
        assertThat(path.requests()).isEqualTo(37);
    }

    @Test
    void withoutARateTheLongestChainTheExclusiveOnesOrTheSpreadBound() {
        RunTimeline timeline = new RunTimeline();
        send(timeline.preflight(), 1, 100);
        send(timeline.chain(1, false, false), 20, 200);
        send(timeline.chain(1, false, false), 3, 200);
        assertThat(timeline.criticalPath(4, Optional.empty()).bound()).isEqualTo("the longest chain");
        assertThat(timeline.criticalPath(4, Optional.empty()).total()).isEqualTo(Duration.ofMillis(100 + 4000));

        // the latency samples and the sweep never overlap: together they outlast the longest chain
        send(timeline.chain(1, false, true), 12, 200);
        send(timeline.chain(1, false, true), 12, 200);
        assertThat(timeline.criticalPath(4, Optional.empty()).bound()).isEqualTo("the exclusive chains");
        assertThat(timeline.criticalPath(4, Optional.empty()).total()).isEqualTo(Duration.ofMillis(100 + 4800));

        IntStream.range(0, 30).forEach(scenario -> send(timeline.chain(1, false, false), 4, 200));
        assertThat(timeline.criticalPath(4, Optional.empty()).bound()).isEqualTo("spread over the parallelism");
        assertThat(timeline.criticalPath(4, Optional.empty()).total()).isEqualTo(Duration.ofMillis(100 + (167 * 200) / 4));
    }
}
