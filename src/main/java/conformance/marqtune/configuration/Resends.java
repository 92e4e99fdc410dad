package conformance.marqtune.configuration;

/**
 * How often a request is sent again: a GET after a transport failure (never after an HTTP response), and
 * any request the server refused with 429, after the wait it asked for.
 */
public record Resends(int transportRetries, int throttleRetries) {

    public static final String TRANSPORT_RETRIES = "marqtune.retries";
    public static final String THROTTLE_RETRIES = "marqtune.throttle.retries";

    public static Resends from(SettingSources sources) {
        return new Resends(sources.wholeNumber(TRANSPORT_RETRIES, 1, 0, 5), sources.wholeNumber(THROTTLE_RETRIES, 5, 0, 20));
    }
}
