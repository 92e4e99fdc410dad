package conformance.marqtune.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.fixtures.MisbehavingServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A target that sends more than any answer can hold gets a verdict, in bounded time and memory. */
class HostileTargetTest {

    private static final String KEY = "hostile-target-test-key-0123456789";

    @Test
    void anEndlessBodyIsCutAtTheLimitAndIsAVerdict() {
        try (MisbehavingServer endless = MisbehavingServer.sendsAnEndlessBody()) {
            assertTooLargeQuickly(endless);
        }
    }

    @Test
    void aBodyOfTwoHundredMegabytesIsCutAtTheLimit() {
        try (MisbehavingServer huge = MisbehavingServer.sendsABodyOf(200L << 20)) {
            assertTooLargeQuickly(huge);
        }
    }

    /** A response head of 100 MB is given up on at its first long line: an answer no client can read, in bounded memory and time. */
    @Test
    void aHugeResponseHeadIsGivenUpOnWithoutFillingTheHeap() {
        try (MisbehavingServer huge = MisbehavingServer.sendsAHugeHeader(100 << 20); ModelsApi api = api(huge)) {
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            assertThatThrownBy(() -> api.getModel("3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01", KeyKind.VALID))
                    .isInstanceOf(TransportFailure.class)
                    .hasMessageContaining("line length");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(usedHeap() - heapBefore).as("bytes this thread allocated for the head").isLessThan(150L << 20);
        }
    }

    /** A target that answers 429 with Retry-After: 10 to everything keeps a run waiting only as long as its budget for that. */
    @Test
    void aTargetThatThrottlesForeverStopsTheRunWithinItsBudgetForWaiting() {
        try (MisbehavingServer throttling = MisbehavingServer.answers(429, "{\"message\":\"Too Many Requests\"}", "Retry-After: 10")) {
            Properties properties = new Properties();
            properties.setProperty("marqtune.baseUrl", throttling.baseUrl().toString());
            SuiteConfiguration configuration = SuiteConfiguration.from(properties, Map.of("MARQTUNE_API_KEY", KEY), Path.of("environments"));
            // a budget of 1 s against a Retry-After of 10: what is proven is that the budget ends the wait
            RunPace pace = new RunPace(java.util.Optional.empty(), Duration.ofSeconds(60), Duration.ofSeconds(1));
            long start = System.nanoTime();
            try (ModelsApi api = new ModelsApi(configuration.requireTarget(), configuration.timeouts(), configuration.resends(),
                    configuration.responses(), pace)) {
                assertThatThrownBy(() -> api.getModel("3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01", KeyKind.VALID))
                        .isInstanceOf(TimeBudgetSpent.class).hasMessageContaining("waiting out 429s (1 s)");
                assertThatThrownBy(() -> api.getModel("3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01", KeyKind.VALID))
                        .as("once spent, nothing more is sent").isInstanceOf(TimeBudgetSpent.class);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(pace.spent()).isPresent();
        }
    }

    private static void assertTooLargeQuickly(MisbehavingServer server) {
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        try (ModelsApi api = api(server)) {
            assertThatThrownBy(() -> api.getModel("3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01", KeyKind.VALID))
                    .isInstanceOf(ResponseTooLarge.class)
                    .hasMessageStartingWith("every response: the body is at most 1048576 bytes");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(usedHeap() - heapBefore).as("bytes this thread allocated: far less than the 200 MB a buffered body would").isLessThan(150L << 20);
    }

    /** Bytes this thread has allocated: what reading an answer costs, whatever other tests allocate meanwhile. */
    private static long usedHeap() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static ModelsApi api(MisbehavingServer server) {
        Properties properties = new Properties();
        properties.setProperty("marqtune.baseUrl", server.baseUrl().toString());
        return new ModelsApi(SuiteConfiguration.from(properties, Map.of("MARQTUNE_API_KEY", KEY), Path.of("environments")));
    }
}
