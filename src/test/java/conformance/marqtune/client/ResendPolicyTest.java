package conformance.marqtune.client;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.Resends;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a request is sent again, decided without sending anything. */
class ResendPolicyTest {

    private final ResendPolicy policy = new ResendPolicy(new Resends(1, 3), Duration.ofSeconds(10));

    @Test
    void onlyAGetIsSentAgainAfterATransportFailureAndOnlyAsOftenAsConfigured() {
        assertThat(policy.resendsAfterTransportFailure("GET", 1)).isTrue();
        assertThat(policy.resendsAfterTransportFailure("GET", 2)).isFalse();
        assertThat(policy.resendsAfterTransportFailure("POST", 1)).as("a write is never sent twice unasked").isFalse();
        assertThat(new ResendPolicy(new Resends(0, 3), Duration.ofSeconds(10)).resendsAfterTransportFailure("GET", 1)).isFalse();
    }

    @Test
    void a429IsWaitedOutAsItAsksThenGivenUpAfterTheThrottleRetries() {
        assertThat(policy.waitAfterThrottled(Map.of("Retry-After", "2"), 1)).contains(Duration.ofSeconds(2));
        assertThat(policy.waitAfterThrottled(Map.of("retry-after", " 0 "), 2)).contains(Duration.ZERO);
        assertThat(policy.waitAfterThrottled(Map.of("Retry-After", "2"), 4)).as("the fourth 429 in a row").isEmpty();
    }

    @Test
    void withoutRetryAfterTheWaitDoublesFrom250Milliseconds() {
        assertThat(policy.waitAfterThrottled(Map.of(), 1)).contains(Duration.ofMillis(250));
        assertThat(policy.waitAfterThrottled(Map.of(), 2)).contains(Duration.ofMillis(500));
        assertThat(policy.waitAfterThrottled(Map.of("Retry-After", "soon"), 3)).contains(Duration.ofSeconds(1));
    }

    @Test
    void noWaitIsLongerThanTheLongestWait() {
        assertThat(policy.waitAfterThrottled(Map.of("Retry-After", "3600"), 1)).contains(Duration.ofSeconds(10));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusSeconds(5));

        assertThat(ResendPolicy.retryAfter("7")).contains(Duration.ofSeconds(7));
        assertThat(ResendPolicy.retryAfter("-3")).contains(Duration.ZERO);
        assertThat(ResendPolicy.retryAfter(inFiveSeconds)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5)));
        assertThat(ResendPolicy.retryAfter(past)).contains(Duration.ZERO);
        assertThat(ResendPolicy.retryAfter("tomorrow")).isEmpty();
    }
}
