package conformance.marqtune.launcher;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.run.EmbeddedTarget;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.util.Collection;
import java.util.List;

/** The simulator as the run's embedded target: the one place, with {@link Main}, where the suite and the simulator meet. */
public final class EmbeddedSimulator implements EmbeddedTarget {

    private final SimulatorServer server;

    private EmbeddedSimulator(SimulatorServer server) {
        this.server = server;
    }

    /** Registered in {@code META-INF/services}. */
    public static final class Starter implements EmbeddedTarget.Starter {
        @Override
        public EmbeddedTarget start(int models, int throttlePerSecond) {
            return new EmbeddedSimulator(SimulatorServer.start(SimulatorSettings.withRandomKeys()
                    .withGeneratedModels(models).withThrottle(throttlePerSecond)));
        }
    }

    @Override
    public Target target() {
        return Target.simulator(server.baseUrl(), new Secret(server.settings().apiKey()), new Secret(server.settings().foreignApiKey()),
                SeededModels.SERVER_ERROR_MODEL_ID);
    }

    @Override
    public List<String> unsafeRequests() {
        return server.unsafeRequests();
    }

    @Override
    public String served() {
        Collection<Integer> perSecond = server.requestsPerSecond().values();
        return "Embedded simulator: " + perSecond.stream().mapToInt(Integer::intValue).sum() + " requests, at most "
                + perSecond.stream().mapToInt(Integer::intValue).max().orElse(0) + " in one second, " + server.throttledRequests()
                + " answered 429";
    }

    @Override
    public void close() {
        server.close();
    }
}
