package conformance.marqtune.simulator;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How one simulator instance behaves: its accounts' keys, its size, the one deviation it may carry, and
 * the rate beyond which it throttles (0 for never).
 */
public record SimulatorSettings(
        String apiKey,
        String foreignApiKey,
        int generatedModels,
        Optional<Deviation> deviation,
        int throttlePerSecond,
        int throttleEvery,
        boolean upperCaseIds,
        int latencyMs,
        int retryAfterSeconds,
        boolean decodesPercentEncoding,
        boolean writesJsonOtherwise,
        ContentCoding contentCoding) {

    public SimulatorSettings(String apiKey, String foreignApiKey, int generatedModels, Optional<Deviation> deviation) {
        this(apiKey, foreignApiKey, generatedModels, deviation, 0, 0, false, 0, 1, true, false, ContentCoding.NONE);
    }

    public SimulatorSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(foreignApiKey, "foreignApiKey");
        Objects.requireNonNull(deviation, "deviation");
        if (apiKey.isEmpty() || apiKey.equals(foreignApiKey)) {
            throw new IllegalArgumentException("the two accounts need two distinct, non-empty keys");
        }
        if (throttleEvery < 0 || throttleEvery == 1) {
            throw new IllegalArgumentException("throttleEvery must be 0 (never) or 2 or more, was " + throttleEvery);
        }
        if (throttlePerSecond < 0) {
            throw new IllegalArgumentException("throttlePerSecond must be 0 (never) or more, was " + throttlePerSecond);
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must be 0 or more, was " + retryAfterSeconds);
        }
        if (latencyMs < 0 || latencyMs > 60_000) {
            throw new IllegalArgumentException("latencyMs must be 0 to 60000, was " + latencyMs);
        }
        if (generatedModels < 0) {
            throw new IllegalArgumentException("generatedModels must be 0 or more, was " + generatedModels);
        }
    }

    /** Fresh random keys, so that no run of the suite can depend on a key it did not configure. */
    public static SimulatorSettings withRandomKeys() {
        return new SimulatorSettings(randomKey(), randomKey(), 0, Optional.empty());
    }

    public SimulatorSettings withApiKey(String key) {
        return new SimulatorSettings(key, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds, latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    public SimulatorSettings withGeneratedModels(int count) {
        return new SimulatorSettings(apiKey, foreignApiKey, count, deviation, throttlePerSecond, throttleEvery, upperCaseIds, latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    public SimulatorSettings withDeviation(Deviation chosen) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, Optional.of(chosen), throttlePerSecond, throttleEvery, upperCaseIds, latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    /** Answers 429 with {@code Retry-After} to every request beyond {@code perSecond} in the same second. */
    public SimulatorSettings withThrottle(int perSecond) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, perSecond, throttleEvery, upperCaseIds, latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    /**
     * Reads percent-encoding in the path literally, where the default decodes each segment once: the other reading
     * the contract allows (RFC 3986, 6.2.2.2), which the suite must pass as well.
     */
    public SimulatorSettings withLiteralPercentEncoding() {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds,
                latencyMs, retryAfterSeconds, false, writesJsonOtherwise, contentCoding);
    }

    /**
     * Writes every JSON answer in another way RFC 8259 allows for the same value (members reversed, names and strings
     * escaped, integers in exponent notation, whitespace): a conformant reading the suite must pass.
     */
    public SimulatorSettings withJsonWrittenOtherwise() {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds,
                latencyMs, retryAfterSeconds, decodesPercentEncoding, true, contentCoding);
    }

    /** Compresses the answers as {@code coding} says: always in gzip, or only in a coding the request accepts (conformant readings). */
    public SimulatorSettings withContentCoding(ContentCoding coding) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds,
                latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, Objects.requireNonNull(coding, "coding"));
    }

    private static String randomKey() {
        return "sim" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Answers 429 with {@code Retry-After} to every {@code n}th request, whatever the load: a throttle whose
     * effect a test can count on, where one by the second depends on how fast a busy machine sends.
     */
    public SimulatorSettings withThrottleEvery(int n) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, n, upperCaseIds, latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    /**
     * Echoes every model's id in upper case in its detail, while the listing keeps lower case: a
     * conformant reading (UUIDs are case-insensitive) that the suite must pass, not a deviation.
     */
    public SimulatorSettings withUpperCaseIds() {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, true, latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    /**
     * Answers every request {@code ms} milliseconds late: a cloud API's round trip on loopback, for
     * measuring what a run costs beyond its requests (scripts/time-to-verdict.sh).
     */
    public SimulatorSettings withLatencyMs(int ms) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds, ms, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    /**
     * The wait a 429 asks for ({@code Retry-After}, 1 s unless set): 0 asks for the request again at once, for a
     * test about resending in every kind of scenario rather than about waiting.
     */
    public SimulatorSettings withRetryAfterSeconds(int seconds) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds,
                latencyMs, seconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }
}
