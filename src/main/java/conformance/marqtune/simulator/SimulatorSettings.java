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
        int throttlePerSecond) {

    public SimulatorSettings(String apiKey, String foreignApiKey, int generatedModels, Optional<Deviation> deviation) {
        this(apiKey, foreignApiKey, generatedModels, deviation, 0);
    }

    public SimulatorSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(foreignApiKey, "foreignApiKey");
        Objects.requireNonNull(deviation, "deviation");
        if (apiKey.isEmpty() || apiKey.equals(foreignApiKey)) {
            throw new IllegalArgumentException("the two accounts need two distinct, non-empty keys");
        }
        if (throttlePerSecond < 0) {
            throw new IllegalArgumentException("throttlePerSecond must be 0 (never) or more, was " + throttlePerSecond);
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
        return new SimulatorSettings(key, foreignApiKey, generatedModels, deviation, throttlePerSecond);
    }

    public SimulatorSettings withGeneratedModels(int count) {
        return new SimulatorSettings(apiKey, foreignApiKey, count, deviation, throttlePerSecond);
    }

    public SimulatorSettings withDeviation(Deviation chosen) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, Optional.of(chosen), throttlePerSecond);
    }

    /** Answers 429 with {@code Retry-After} to every request beyond {@code perSecond} in the same second. */
    public SimulatorSettings withThrottle(int perSecond) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, deviation, perSecond);
    }

    private static String randomKey() {
        return "sim" + UUID.randomUUID().toString().replace("-", "");
    }
}
