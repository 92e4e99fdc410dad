package conformance.marqtune.client;

import java.time.Duration;

/**
 * Where a client tells how long each attempt it sent took, from the first byte out to the last byte in:
 * the run's time-to-verdict figures (its critical path) are made of them.
 */
@FunctionalInterface
public interface RequestLog {

    RequestLog NONE = elapsed -> { };

    void sent(Duration elapsed);
}
