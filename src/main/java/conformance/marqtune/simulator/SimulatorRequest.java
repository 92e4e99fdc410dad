package conformance.marqtune.simulator;

import java.util.Objects;
import java.util.Optional;

/**
 * A request as the service sees it, free of HTTP plumbing, its route parsed once.
 */
public final class SimulatorRequest {

    private final String method;
    private final String rawPath;
    private final Optional<String> apiKey;
    private final Elsewhere elsewhere;
    private final Route route;

    /**
     * Where else a caller may have put a key: the contract reads only {@code x-api-key}, but a lenient
     * server reads these too.
     *
     * @param authorization the {@code Authorization} header, if any
     * @param rawQuery      the query string as sent, if any
     */
    public record Elsewhere(Optional<String> authorization, Optional<String> rawQuery) {
        public static final Elsewhere NOWHERE = new Elsewhere(Optional.empty(), Optional.empty());
    }

    /**
     * @param rawPath the path as sent, percent-encoding intact
     * @param apiKey  the {@code x-api-key} header, empty when the header is absent
     */
    public SimulatorRequest(String method, String rawPath, Optional<String> apiKey) {
        this(method, rawPath, apiKey, Elsewhere.NOWHERE);
    }

    public SimulatorRequest(String method, String rawPath, Optional<String> apiKey, Elsewhere elsewhere) {
        this(method, rawPath, apiKey, elsewhere, Route.parse(rawPath));
    }

    private SimulatorRequest(String method, String rawPath, Optional<String> apiKey, Elsewhere elsewhere, Route route) {
        this.method = Objects.requireNonNull(method, "method");
        this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.elsewhere = Objects.requireNonNull(elsewhere, "elsewhere");
        this.route = route;
    }

    public String method() {
        return method;
    }

    /** The path as sent, percent-encoding intact. */
    public String rawPath() {
        return rawPath;
    }

    public Optional<String> apiKey() {
        return apiKey;
    }

    public Route route() {
        return route;
    }

    public Elsewhere elsewhere() {
        return elsewhere;
    }

    /** GET or HEAD: the methods the contract answers; HEAD as GET, without the body. */
    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** A read of {@code /models}. */
    public boolean readsListing() {
        return isRead() && route.isListing();
    }

    /** A read of {@code /models/{id}}, whatever the id. */
    public boolean readsOneModel() {
        return isRead() && route.namesOneModel();
    }

    public SimulatorRequest withApiKey(String key) {
        return new SimulatorRequest(method, rawPath, Optional.of(key), elsewhere, route);
    }

    /** The same request for another model id: what a server that normalises ids looks up. */
    public SimulatorRequest forModel(String modelId) {
        return new SimulatorRequest(method, "/models/" + modelId, apiKey, elsewhere);
    }

    public SimulatorRequest withMethod(String otherMethod) {
        return new SimulatorRequest(otherMethod, rawPath, apiKey, elsewhere, route);
    }

    @Override
    public String toString() {
        return method + " " + rawPath + (apiKey.isPresent() ? " with a key" : " without a key");
    }
}
