package conformance.marqtune.run;

import conformance.marqtune.configuration.Target;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A target the run starts for itself when no base URL is configured: the embedded simulator. The suite knows it only
 * through this interface and the target it names; the launcher package provides it ({@code META-INF/services}), so
 * that neither the suite nor the simulator imports the other.
 */
public interface EmbeddedTarget extends AutoCloseable {

    /** Starts one with {@code models} generated models, answering 429 past {@code throttlePerSecond} (0: never). */
    interface Starter {
        EmbeddedTarget start(int models, int throttlePerSecond);
    }

    /** The target it serves, keys and the R6 hook included. */
    Target target();

    /** Requests it received that could have changed data: none may be sent. */
    List<String> unsafeRequests();

    /** One line on what it served, for the console. */
    String served();

    @Override
    void close();

    /** The one starter on the class path. */
    static Starter starter() {
        return ServiceLoader.load(Starter.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no base URL is configured (marqtune.baseUrl) and no embedded simulator is on the class path"));
    }
}
