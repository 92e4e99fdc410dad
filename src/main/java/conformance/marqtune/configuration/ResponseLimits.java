package conformance.marqtune.configuration;

/** The most the client reads: 1 MiB of a model or error, 32 MiB of the streamed listing; past it, a verdict. */
public record ResponseLimits(long maxBytes, long listingMaxBytes) {

    public static final String MAX_BYTES = "marqtune.response.maxBytes";
    public static final String LISTING_MAX_BYTES = "marqtune.response.listingMaxBytes";
    public static final ResponseLimits DEFAULTS = new ResponseLimits(1 << 20, 32 << 20);

    public static ResponseLimits from(SettingSources sources) {
        return new ResponseLimits(sources.wholeNumber(MAX_BYTES, (int) DEFAULTS.maxBytes, 1024, 64 << 20),
                sources.wholeNumber(LISTING_MAX_BYTES, (int) DEFAULTS.listingMaxBytes, 1024, 256 << 20));
    }
}
