package conformance.marqtune.simulator;

import java.util.Optional;

/**
 * A request as the service sees it, free of HTTP plumbing.
 *
 * @param rawPath the path as sent, percent-encoding intact
 * @param apiKey  the {@code x-api-key} header, empty when the header is absent
 */
public record SimulatorRequest(String method, String rawPath, Optional<String> apiKey) {

    public SimulatorRequest withApiKey(String key) {
        return new SimulatorRequest(method, rawPath, Optional.of(key));
    }

    public SimulatorRequest withMethod(String otherMethod) {
        return new SimulatorRequest(otherMethod, rawPath, apiKey);
    }
}
