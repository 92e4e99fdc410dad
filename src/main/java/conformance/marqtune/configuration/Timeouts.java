package conformance.marqtune.configuration;

import java.time.Duration;

/** Per request: to connect, between two bytes, and in all however slowly bytes come (connect plus read by default). */
public record Timeouts(Duration connect, Duration read, Duration requestDeadline) {

    public static final String CONNECT_MS = "marqtune.timeout.connectMs";
    public static final String READ_MS = "marqtune.timeout.readMs";
    public static final String REQUEST_MS = "marqtune.timeout.requestMs";

    public static Timeouts from(SettingSources sources) {
        Duration connect = sources.millis(CONNECT_MS, 5_000);
        Duration read = sources.millis(READ_MS, 10_000);
        return new Timeouts(connect, read, sources.millis(REQUEST_MS, connect.plus(read).toMillis()));
    }

    public String describe() {
        return "connect " + connect.toMillis() + " ms, read " + read.toMillis() + " ms, whole request "
                + requestDeadline.toMillis() + " ms";
    }
}
