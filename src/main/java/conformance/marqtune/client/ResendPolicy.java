package conformance.marqtune.client;

import conformance.marqtune.configuration.Resends;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Only a GET that got no response is sent again, up to the transport retries; a 429 is sent again after the wait it
 * asked for ({@code Retry-After}, else a back-off from 250 ms; at most {@code longestWait}), up to the throttle
 * retries. Any other response is the answer, however bad.
 */
final class ResendPolicy {

    private final Resends resends;
    private final Duration longestWait;

    ResendPolicy(Resends resends, Duration longestWait) {
        this.resends = resends;
        this.longestWait = longestWait;
    }

    boolean resendsAfterTransportFailure(String method, int failures) {
        return "GET".equals(method) && failures <= resends.transportRetries();
    }

    /** The wait before resending a request answered 429 for the {@code inARow}th time in a row; empty: give up. */
    Optional<Duration> waitAfterThrottled(Map<String, String> headers, int inARow) {
        if (inARow > resends.throttleRetries()) {
            return Optional.empty();
        }
        Duration backOff = Duration.ofMillis(250L << Math.min(inARow - 1, 10));
        Duration asked = headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Retry-After"))
                .map(header -> retryAfter(header.getValue()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(backOff);
        return Optional.of(asked.compareTo(longestWait) > 0 ? longestWait : asked);
    }

    /** A {@code Retry-After} value: whole seconds, or an HTTP date (RFC 1123); empty when it is neither. */
    static Optional<Duration> retryAfter(String value) {
        String given = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(given))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(Instant.now(), ZonedDateTime.parse(given, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
