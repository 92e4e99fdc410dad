package conformance.marqtune.configuration;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Every setting of a run, resolved once and immutable, in parts by concern: each consumer gets the part it needs. */
public record SuiteConfiguration(Optional<Target> target, Optional<String> modelId, Timeouts timeouts, Resends resends,
                                 ResponseLimits responses, RunLimits run,
                                 SweepLimits sweep, LatencyBudget latency, SearchSettings search, SimulatorOptions simulator,
                                 boolean strictSchemas, Optional<String> profile) {

    public static final String MODEL_ID = "marqtune.modelId";
    public static final String SCHEMA_STRICT = "marqtune.schema.strict";

    public static SuiteConfiguration from(SettingSources sources) {
        return new SuiteConfiguration(Target.from(sources), sources.text(MODEL_ID), Timeouts.from(sources),
                Resends.from(sources), ResponseLimits.from(sources), RunLimits.from(sources), SweepLimits.from(sources), LatencyBudget.from(sources), SearchSettings.from(sources),
                SimulatorOptions.from(sources),
                sources.bool(SCHEMA_STRICT, true), sources.profileName());
    }

    public static SuiteConfiguration load() {
        return from(SettingSources.ofThisJvm());
    }

    /** The configuration from explicit sources, for tests and for the self-check. */
    public static SuiteConfiguration from(Properties systemProperties, Map<String, String> environment, Path profileDirectory) {
        return from(new SettingSources(systemProperties, environment, profileDirectory));
    }

    /** This configuration with {@code other} as its target: how the runner points the suite at the embedded simulator. */
    public SuiteConfiguration targeting(Target other) {
        return new SuiteConfiguration(Optional.of(other), modelId, timeouts, resends, responses, run, sweep, latency, search, simulator,
                strictSchemas, profile);
    }

    /** The target; every run has one by the time a scenario starts (the runner supplies the simulator). */
    public Target requireTarget() {
        return target.orElseThrow(() -> new ConfigurationException(Target.BASE_URL, "missing",
                "the target's base URL, such as https://marqtune.marqo.ai (the runner sets it for the simulator)"));
    }

    public List<Secret> secrets() {
        return target.map(Target::secrets).orElse(List.of());
    }

    /** A description safe for logs and reports: no secret is part of it. */
    @Override
    public String toString() {
        return "SuiteConfiguration{target=" + target.map(Target::toString).orElse("(embedded simulator)")
                + ", modelId=" + modelId.orElse("(first listed)") + ", profile=" + profile.orElse("(none)")
                + ", strictSchemas=" + strictSchemas + ", timeouts=" + timeouts.describe() + ", resends=" + resends
                + ", latency=" + latency + ", sweep=" + sweep.describe() + ", search=" + search + "}";
    }

}
