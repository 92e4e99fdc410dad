package conformance.marqtune.configuration;

/** How often a GET is resent after a transport failure (never after a response), and any request after a 429. */
public record Resends(int transportRetries, int throttleRetries) {

    public static final String TRANSPORT_RETRIES = "marqtune.retries";
    public static final String THROTTLE_RETRIES = "marqtune.throttle.retries";

    public static Resends from(SettingSources sources) {
        return new Resends(sources.wholeNumber(TRANSPORT_RETRIES, 1, 0, 5), sources.wholeNumber(THROTTLE_RETRIES, 5, 0, 20));
    }
}
