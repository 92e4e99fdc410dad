package conformance.marqtune.configuration;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The seeded search of near-miss requests and keys: its seed (random unless configured; every run prints it
 * and the manifest records it, so that a finding can be searched for again exactly) and its budget of
 * requests (40 against a live target, 400 against the embedded simulator; 0 turns it off).
 */
public record SearchSettings(long seed, Optional<Integer> configuredRequests) {

    public static final String SEED = "marqtune.fuzz.seed";
    public static final String REQUESTS = "marqtune.fuzz.requests";

    public static SearchSettings from(SettingSources sources) {
        long seed = sources.text(SEED).map(value -> {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException notANumber) {
                throw new ConfigurationException(SEED, "'" + value + "'", "a whole number (the seed a run printed)");
            }
        }).orElseGet(() -> ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        Optional<Integer> requests = sources.text(REQUESTS).map(value -> sources.wholeNumber(REQUESTS, 0, 0, 10_000));
        return new SearchSettings(seed, requests);
    }

    /** How many requests the search may send to {@code target}. */
    public int requestsFor(Target target) {
        return configuredRequests.orElse(target.isSimulator() ? 400 : 40);
    }
}
