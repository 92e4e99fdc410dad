package conformance.marqtune.simulator;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** How one simulator instance behaves: its accounts' keys, its size and the one deviation it may carry. */
public record SimulatorSettings(
        String apiKey,
        String foreignApiKey,
        int generatedModels,
        Optional<Deviation> deviation) {

    public SimulatorSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(foreignApiKey, "foreignApiKey");
        Objects.requireNonNull(deviation, "deviation");
        if (apiKey.isEmpty() || apiKey.equals(foreignApiKey)) {
            throw new IllegalArgumentException("the two accounts need two distinct, non-empty keys");
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
        return new SimulatorSettings(key, foreignApiKey, generatedModels, deviation);
    }

    public SimulatorSettings withGeneratedModels(int count) {
        return new SimulatorSettings(apiKey, foreignApiKey, count, deviation);
    }

    public SimulatorSettings withDeviation(Deviation chosen) {
        return new SimulatorSettings(apiKey, foreignApiKey, generatedModels, Optional.of(chosen));
    }

    private static String randomKey() {
        return "sim" + UUID.randomUUID().toString().replace("-", "");
    }
}
