package conformance.marqtune.report;

import conformance.marqtune.contract.DocumentedResponse;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the scenarios of a run saw, beyond their verdicts, as values: which documented responses the
 * target actually gave, how many 429s were waited out, what the sweep found. Owned by the run, written
 * by the scenarios as they go (from any thread), read by the coverage ledger at the end.
 */
public final class RunObservations {

    private final Set<DocumentedResponse> observed = EnumSet.noneOf(DocumentedResponse.class);
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicReference<String> sweepSummary = new AtomicReference<>();
    private final Map<String, int[]> families = new LinkedHashMap<>();
    private final List<String> searches = new CopyOnWriteArrayList<>();

    /** The target gave {@code response}, exactly as documented, to a request of the run. */
    public void observed(DocumentedResponse response) {
        synchronized (observed) {
            observed.add(response);
        }
    }

    public boolean wasObserved(DocumentedResponse response) {
        synchronized (observed) {
            return observed.contains(response);
        }
    }

    /** {@code count} more responses were 429 Too Many Requests, each waited out and sent again. */
    public void throttled(int count) {
        throttled.addAndGet(count);
    }

    public int throttledResponses() {
        return throttled.get();
    }

    /** The sweep's one line: {@code sweep: 153 models, 152 conform, 1 does not}. */
    public void sweep(String summary) {
        sweepSummary.set(summary);
    }

    public Optional<String> sweepSummary() {
        return Optional.ofNullable(sweepSummary.get());
    }

    /** A family of near-miss inputs was tried: {@code tried} inputs, {@code asDocumented} of them answered as documented. */
    public void family(String name, int tried, int asDocumented) {
        synchronized (families) {
            int[] counts = families.computeIfAbsent(name, key -> new int[2]);
            counts[0] += tried;
            counts[1] += asDocumented;
        }
    }

    /** Each family tried, by name: inputs tried, and answered as documented. */
    public Map<String, int[]> families() {
        synchronized (families) {
            Map<String, int[]> copy = new java.util.TreeMap<>();
            families.forEach((name, counts) -> copy.put(name, counts.clone()));
            return copy;
        }
    }

    /** What a seeded search did, in one line: its seed, its requests, what it found. */
    public void search(String line) {
        searches.add(line);
    }

    public List<String> searches() {
        return List.copyOf(searches);
    }
}
