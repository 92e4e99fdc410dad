package conformance.marqtune.simulator;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Get Model contract as a pure function from request to reply, with no HTTP in it: the readings
 * of {@code shared/api/get-model.md} included (authentication first, UUIDs compared without case,
 * one account cannot see another's models). A configured deviation then bends the correct reply.
 */
public final class GetModelService {

    private static final Pattern UUID_FORMAT = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final SimulatorSettings settings;
    /** Account key to that account's models, in listing order, keyed by lower-case id. */
    private final Map<String, Map<String, SimulatedModel>> modelsByAccount;
    /** Requests that would have changed data on the live service: the suite must never send one. */
    private final Queue<String> unsafeRequests = new ConcurrentLinkedQueue<>();
    /** Requests received, by the second (epoch seconds) they arrived in. */
    private final Map<Long, AtomicInteger> requestsPerSecond = new ConcurrentHashMap<>();
    private final AtomicInteger throttled = new AtomicInteger();

    public GetModelService(SimulatorSettings settings) {
        this.settings = settings;
        this.modelsByAccount = Map.of(
                settings.apiKey(), index(SeededModels.primaryAccount(mapper, settings.generatedModels())),
                settings.foreignApiKey(), index(SeededModels.foreignAccount(mapper)));
    }

    public SimulatorSettings settings() {
        return settings;
    }

    /** The reply this simulator gives: the contract's, bent by the deviation if one is configured. */
    public SimulatorReply handle(SimulatorRequest request) {
        auditSafety(request);
        int thisSecond = requestsPerSecond.computeIfAbsent(System.currentTimeMillis() / 1000, second -> new AtomicInteger())
                .incrementAndGet();
        if (settings.throttlePerSecond() > 0 && thisSecond > settings.throttlePerSecond()) {
            throttled.incrementAndGet();
            return gatewayError(Kind.THROTTLED, 429, "Too Many Requests").withHeader("Retry-After", "1");
        }
        SimulatorReply correct = contract(request);
        return settings.deviation()
                .map(deviation -> deviation.apply(request, correct, this))
                .orElse(correct);
    }

    /** The reply the contract prescribes. */
    public SimulatorReply contract(SimulatorRequest request) {
        Optional<Map<String, SimulatedModel>> account = request.apiKey().map(modelsByAccount::get);
        if (account.isEmpty()) {
            return gatewayError(Kind.UNAUTHORIZED, 401, "Unauthorized.");
        }
        List<String> segments = routeSegments(request.rawPath());
        boolean isGet = "GET".equals(request.method()) || "HEAD".equals(request.method());
        if (segments.size() == 1 && segments.get(0).equals("models") && isGet) {
            return listing(account.get().values());
        }
        if (segments.size() != 2 || !segments.get(0).equals("models") || !isGet) {
            return serviceError(Kind.INVALID_METHOD, 400, "Invalid request method");
        }
        String modelId = segments.get(1);
        if (!UUID_FORMAT.matcher(modelId).matches()) {
            return serviceError(Kind.INVALID_MODEL_ID, 400, "Invalid model id");
        }
        if (modelId.equalsIgnoreCase(SeededModels.SERVER_ERROR_MODEL_ID)) {
            return gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.");
        }
        SimulatedModel model = account.get().get(modelId.toLowerCase(Locale.ROOT));
        if (model == null) {
            return serviceError(Kind.NOT_FOUND, 404, "model not found");
        }
        return envelope(Kind.MODEL, 200, model.toJson(mapper));
    }

    /**
     * Every request received so far that could have changed a live environment's data: any DELETE,
     * and any other method but GET and HEAD unless its target is a UUID that names no model.
     */
    public List<String> unsafeRequests() {
        return List.copyOf(unsafeRequests);
    }

    /** How many requests arrived in each second (epoch seconds), in order: what a rate limit must bound. */
    public SortedMap<Long, Integer> requestsPerSecond() {
        SortedMap<Long, Integer> counts = new TreeMap<>();
        requestsPerSecond.forEach((second, count) -> counts.put(second, count.get()));
        return counts;
    }

    /** How many requests were answered 429. */
    public int throttledRequests() {
        return throttled.get();
    }

    private void auditSafety(SimulatorRequest request) {
        String method = request.method();
        if (method.equals("GET") || method.equals("HEAD")) {
            return;
        }
        List<String> segments = routeSegments(request.rawPath());
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        boolean namesNoModel = segments.size() == 2 && segments.get(0).equals("models") && UUID_FORMAT.matcher(last).matches()
                && modelsByAccount.values().stream().noneMatch(models -> models.containsKey(last.toLowerCase(Locale.ROOT)));
        if (method.equals("DELETE") || !namesNoModel) {
            unsafeRequests.add(method + " " + request.rawPath());
        }
    }

    /** The model with this id (compared without case) in any account: what a service without account scoping finds. */
    public Optional<SimulatedModel> findInAnyAccount(String modelId) {
        return modelsByAccount.values().stream()
                .map(models -> models.get(modelId.toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Whether {@code id} has the form of a UUID (any case). */
    public static boolean isUuid(String id) {
        return UUID_FORMAT.matcher(id).matches();
    }

    /** The models of the account that owns this key, in listing order; empty for an unknown key. */
    public List<SimulatedModel> modelsOf(String apiKey) {
        return List.copyOf(modelsByAccount.getOrDefault(apiKey, Map.of()).values());
    }

    public JsonMapper mapper() {
        return mapper;
    }

    public SimulatorReply envelope(Kind kind, int status, JsonNode body) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("statusCode", status);
        envelope.set("body", body);
        return SimulatorReply.json(kind, status, envelope, mapper);
    }

    public SimulatorReply serviceError(Kind kind, int status, String message) {
        ObjectNode body = mapper.createObjectNode();
        body.put("message", message);
        return envelope(kind, status, body);
    }

    public SimulatorReply gatewayError(Kind kind, int status, String message) {
        ObjectNode body = mapper.createObjectNode();
        body.put("message", message);
        return SimulatorReply.json(kind, status, body, mapper);
    }

    private SimulatorReply listing(Iterable<SimulatedModel> models) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode list = body.putArray("models");
        models.forEach(model -> list.add(model.toJson(mapper)));
        return envelope(Kind.MODEL_LIST, 200, body);
    }

    /**
     * The path's segments after dot-segment removal (so {@code /models/..} is the root, not a model id),
     * each percent-decoded on its own (so an encoded slash stays inside its id).
     */
    static List<String> routeSegments(String rawPath) {
        String normalized;
        try {
            normalized = new URI(rawPath).normalize().getRawPath();
        } catch (URISyntaxException e) {
            normalized = rawPath;
        }
        String trimmed = normalized.replaceAll("^/+", "").replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(trimmed.split("/", -1))
                .map(GetModelService::decode)
                .toList();
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return segment;
        }
    }

    private static Map<String, SimulatedModel> index(List<SimulatedModel> models) {
        Map<String, SimulatedModel> byId = new LinkedHashMap<>();
        models.forEach(model -> byId.put(model.modelId().toLowerCase(Locale.ROOT), model));
        return byId;
    }
}
