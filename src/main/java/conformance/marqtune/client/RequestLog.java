package conformance.marqtune.client;

import java.time.Duration;

/** Told how long each attempt took, first byte out to last byte in: the run's time-to-verdict figures. */
@FunctionalInterface
public interface RequestLog {

    RequestLog NONE = elapsed -> { };

    void sent(Duration elapsed);
}
