package conformance.marqtune.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the service sees it, free of HTTP plumbing: method and target as sent, fields by lower-case name (the
 * server has already stripped whitespace around values, as HTTP does).
 */
public final class SimulatorRequest {

    private final String method;
    private final String target;
    private final Map<String, List<String>> headers;
    private final boolean decodesPath;
    private final List<Field> fieldsAsSent;
    private final Route route;

    /** One header field line as it came, name and value untouched: what only a front that reads raw lines can give. */
    public record Field(String name, String value) {
    }

    /**
     * @param target      the request-target as sent: {@code /models/x?y} or {@code http://host/models/x}
     * @param headers     every field, by name in any case; repeated fields in the order sent
     * @param decodesPath whether the route's segments are percent-decoded once (else read as sent)
     */
    public SimulatorRequest(String method, String target, Map<String, List<String>> headers, boolean decodesPath) {
        this(method, target, headers, decodesPath, List.of());
    }

    /** With the field lines as they came, where the front reads them raw: the JDK's server has already folded them. */
    SimulatorRequest(String method, String target, Map<String, List<String>> headers, boolean decodesPath, List<Field> fieldsAsSent) {
        this.fieldsAsSent = List.copyOf(fieldsAsSent);
        this.method = Objects.requireNonNull(method, "method");
        this.target = Objects.requireNonNull(target, "target");
        Map<String, List<String>> byName = new LinkedHashMap<>();
        headers.forEach((name, values) -> byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        byName.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Map.copyOf(byName);
        this.decodesPath = decodesPath;
        this.route = Route.parse(rawPath(), decodesPath);
    }

    /** {@code method} of {@code target} with only the key, if any, in x-api-key: the request of a test. */
    public static SimulatorRequest of(String method, String target, Optional<String> apiKey) {
        return new SimulatorRequest(method, target, apiKey.map(key -> Map.of("x-api-key", List.of(key))).orElse(Map.of()), true);
    }

    public String method() {
        return method;
    }

    public String target() {
        return target;
    }

    /** The path as sent, percent-encoding intact: the target without its scheme and authority (absolute form) and its query. */
    public String rawPath() {
        String path = target;
        int scheme = path.indexOf("://");
        if (!path.startsWith("/") && scheme > 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    public Optional<String> rawQuery() {
        int query = target.indexOf('?');
        return query < 0 ? Optional.empty() : Optional.of(target.substring(query + 1));
    }

    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The key as the contract reads it: x-api-key, its repeats one comma-joined list (RFC 9110, 5.3). */
    public Optional<String> apiKey() {
        List<String> values = header("x-api-key");
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    public Route route() {
        return route;
    }

    public List<Field> fieldsAsSent() {
        return fieldsAsSent;
    }

    public boolean readsListing() {
        return method.equals("GET") && route.isListing();
    }

    public boolean readsOneModel() {
        return method.equals("GET") && route.namesOneModel();
    }

    public SimulatorRequest withApiKey(String key) {
        return withHeader("x-api-key", List.of(key));
    }

    public SimulatorRequest withHeader(String name, List<String> values) {
        Map<String, List<String>> changed = new LinkedHashMap<>(headers);
        changed.put(name.toLowerCase(Locale.ROOT), values);
        return new SimulatorRequest(method, target, changed, decodesPath, fieldsAsSent);
    }

    /** The same request for another model id: what a server that normalises ids looks up. */
    public SimulatorRequest forModel(String modelId) {
        return withTarget("/models/" + modelId);
    }

    /** The same request to another target: what a server that rewrites the path before routing reads. */
    public SimulatorRequest withTarget(String otherTarget) {
        return new SimulatorRequest(method, otherTarget, headers, decodesPath, fieldsAsSent);
    }

    public SimulatorRequest withMethod(String otherMethod) {
        return new SimulatorRequest(otherMethod, target, headers, decodesPath, fieldsAsSent);
    }

    @Override
    public String toString() {
        return method + " " + target + (apiKey().isPresent() ? " with a key" : " without a key");
    }
}
