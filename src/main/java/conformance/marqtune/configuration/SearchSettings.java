package conformance.marqtune.configuration;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The seeded search's seed (random unless set; printed and recorded, so that a finding can be searched for again) and
 * request budget (40 live, 400 against the simulator, 0 for none).
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

    public int requestsFor(Target target) {
        return configuredRequests.orElse(target.isSimulator() ? 400 : 40);
    }
}
