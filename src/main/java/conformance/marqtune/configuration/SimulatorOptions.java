package conformance.marqtune.configuration;

/** The embedded simulator, when it is the target: extra generated models, and the rate beyond which it answers 429 (0: never). */
public record SimulatorOptions(int models, int throttlePerSecond) {

    public static final String MODELS = "marqtune.simulator.models";
    public static final String THROTTLE = "marqtune.simulator.throttlePerSecond";

    public static SimulatorOptions from(SettingSources sources) {
        return new SimulatorOptions(sources.wholeNumber(MODELS, 0, 0, 1_000_000), sources.wholeNumber(THROTTLE, 0, 0, 100_000));
    }
}
