package conformance.marqtune.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The outcome of sending a request once: the status, headers and whole body of the answer, or why no
 * complete answer came, and whether its head had come before the body stopped short.
 *
 * @param elapsed from sending to the body's last byte, or to the failure
 */
record Attempt(int status, Map<String, String> headers, byte[] body, Duration elapsed, String failure, boolean bodyCutShort) {

    static Attempt answered(int status, Map<String, String> headers, byte[] body, Duration elapsed) {
        return new Attempt(status, Map.copyOf(headers), body, elapsed, null, false);
    }

    static Attempt failed(String failure, boolean bodyCutShort, Duration elapsed) {
        return new Attempt(0, Map.of(), new byte[0], elapsed, failure, bodyCutShort);
    }

    boolean isAnswered() {
        return failure == null;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
