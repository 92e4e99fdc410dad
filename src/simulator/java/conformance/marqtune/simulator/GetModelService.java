package conformance.marqtune.simulator;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** The simulator's core, no HTTP: the {@link Contract}'s reply, bent by a deviation, rate-limited, audited. */
public final class GetModelService {

    private final SimulatorSettings settings;
    private final Contract contract;
    /** Requests that would have changed data on the live service: the suite must never send one. */
    private final Queue<String> unsafeRequests = new ConcurrentLinkedQueue<>();
    private final Map<Long, AtomicInteger> requestsPerSecond = new ConcurrentHashMap<>();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();

    public GetModelService(SimulatorSettings settings) {
        this.settings = settings;
        this.contract = new Contract(settings.apiKey(), settings.foreignApiKey(), settings.generatedModels());
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public SimulatorReply handle(SimulatorRequest request) {
        auditSafety(request);
        int thisSecond = requestsPerSecond.computeIfAbsent(System.currentTimeMillis() / 1000, second -> new AtomicInteger())
                .incrementAndGet();
        int received = this.received.incrementAndGet();
        boolean throttle = (settings.throttlePerSecond() > 0 && thisSecond > settings.throttlePerSecond())
                || (settings.throttleEvery() > 0 && received % settings.throttleEvery() == 0);
        if (throttle) {
            throttled.incrementAndGet();
            return Replies.tooManyRequests(settings.retryAfterSeconds());
        }
        SimulatorReply contractual = contract.correctReply(request);
        SimulatorReply correct = settings.upperCaseIds() && contractual.kind() == SimulatorReply.Kind.MODEL
                ? Replies.withModelIdInUpperCase(contractual)
                : contractual;
        SimulatorReply answered = settings.deviation()
                .map(deviation -> deviation.apply(request, correct, contract))
                .orElse(correct);
        SimulatorReply written = settings.writesJsonOtherwise() && answered.body().length > 0 && answered.kind() != SimulatorReply.Kind.THROTTLED
                ? answered.withBody(JsonWrittenOtherwise.write(Replies.MAPPER.readTree(answered.body()))) : answered;
        return settings.contentCoding().apply(request, written);
    }

    /**
     * Every request that could have changed a live environment's data: any DELETE, in any spelling or override; any
     * other method, unless aimed at a UUID that names no model.
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

    /** The configured latency, spent on the calling worker: a round trip to a cloud API, as a client waits for it. */
    void simulateRoundTrip() throws java.io.IOException {
        int latencyMs = settings.latencyMs();
        if (latencyMs > 0) {
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.IOException("the simulator stopped during a simulated round trip", e);
            }
        }
    }

    public int throttledRequests() {
        return throttled.get();
    }

    private void auditSafety(SimulatorRequest request) {
        List<String> methods = new java.util.ArrayList<>(List.of(request.method()));
        List.of("x-http-method-override", "x-http-method", "x-method-override").forEach(field -> methods.addAll(request.header(field)));
        request.rawQuery().ifPresent(query -> java.util.Arrays.stream(query.split("&"))
                .filter(parameter -> parameter.toLowerCase(java.util.Locale.ROOT).startsWith("_method="))
                .forEach(parameter -> methods.add(parameter.substring("_method=".length()))));
        if (methods.stream().allMatch("GET"::equals)) {
            return;
        }
        String modelId = request.route().modelId();
        boolean namesNoModel = request.route().namesOneModel() && Uuids.isCanonical(modelId)
                && contract.findInAnyAccount(modelId).isEmpty();
        if (methods.stream().anyMatch(method -> method.strip().equalsIgnoreCase("DELETE")) || !namesNoModel) {
            unsafeRequests.add(String.join("/", methods) + " " + request.target());
        }
    }
}
