package conformance.marqtune.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** One send's outcome; {@code bodyCutShort}: the head had come before the body stopped short. */
record Attempt(int status, Map<String, String> headers, byte[] body, Duration elapsed, String failure, boolean bodyCutShort,
               boolean tooLarge) {

    static Attempt answered(int status, Map<String, String> headers, byte[] body, Duration elapsed) {
        return new Attempt(status, Map.copyOf(headers), body, elapsed, null, false, false);
    }

    static Attempt failed(String failure, boolean bodyCutShort, Duration elapsed) {
        return new Attempt(0, Map.of(), new byte[0], elapsed, failure, bodyCutShort, false);
    }

    static Attempt tooLarge(int status, Map<String, String> headers, Duration elapsed) {
        return new Attempt(status, Map.copyOf(headers), new byte[0], elapsed, null, false, true);
    }

    boolean isAnswered() {
        return failure == null;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
