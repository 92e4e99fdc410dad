package conformance.marqtune.simulator;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** How one simulator behaves: keys, size, at most one deviation, the throttle (0 for never) and readings. */
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

    /** Reads path escapes literally: the other reading the contract allows (RFC 3986, 6.2.2.2). */
    public SimulatorSettings withLiteralPercentEncoding() {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds,
                latencyMs, retryAfterSeconds, false, writesJsonOtherwise, contentCoding);
    }

    /** Writes JSON as {@code JsonWrittenOtherwise} does: a conformant reading the suite must pass. */
    public SimulatorSettings withJsonWrittenOtherwise() {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds,
                latencyMs, retryAfterSeconds, decodesPercentEncoding, true, contentCoding);
    }

    public SimulatorSettings withContentCoding(ContentCoding coding) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds,
                latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, Objects.requireNonNull(coding, "coding"));
    }

    private static String randomKey() {
        return "sim" + UUID.randomUUID().toString().replace("-", "");
    }

    /** 429 to every {@code n}th request: a throttle a test can count on, unlike one by the second on a busy machine. */
    public SimulatorSettings withThrottleEvery(int n) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, n, upperCaseIds, latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    /** Model ids upper-cased in the detail, not the listing: a reading the contract allows (UUIDs ignore case). */
    public SimulatorSettings withUpperCaseIds() {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, true, latencyMs, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    /** Every answer {@code ms} ms late, a cloud round trip on loopback, to measure a run's cost beyond its requests. */
    public SimulatorSettings withLatencyMs(int ms) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds, ms, retryAfterSeconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }

    /** The wait a 429 asks for (1 s by default); 0, for tests about resending rather than waiting. */
    public SimulatorSettings withRetryAfterSeconds(int seconds) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, throttlePerSecond, throttleEvery, upperCaseIds,
                latencyMs, seconds, decodesPercentEncoding, writesJsonOtherwise, contentCoding);
    }
}
