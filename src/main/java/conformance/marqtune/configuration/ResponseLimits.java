package conformance.marqtune.configuration;

/**
 * How large an answer may be before the client stops reading it: a model or an error (1 MiB unless
 * configured), and the listing, which the sweep streams (32 MiB). Past the limit the check fails with a
 * verdict; the test JVM never runs out of memory because of what a target sends.
 */
public record ResponseLimits(long maxBytes, long listingMaxBytes) {

    public static final String MAX_BYTES = "marqtune.response.maxBytes";
    public static final String LISTING_MAX_BYTES = "marqtune.response.listingMaxBytes";
    public static final ResponseLimits DEFAULTS = new ResponseLimits(1 << 20, 32 << 20);

    public static ResponseLimits from(SettingSources sources) {
        return new ResponseLimits(sources.wholeNumber(MAX_BYTES, (int) DEFAULTS.maxBytes, 1024, 64 << 20),
                sources.wholeNumber(LISTING_MAX_BYTES, (int) DEFAULTS.listingMaxBytes, 1024, 256 << 20));
    }
}
