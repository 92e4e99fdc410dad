package conformance.marqtune.report;

import conformance.marqtune.client.RequestLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a run's time goes: when its parts began and ended, and how long each of its requests took, by
 * chain (the requests one after another of one client). From the chains it works out the run's critical
 * path: the least time any schedule of the same requests could take, with the same parallelism and rate
 * limit, if everything but the requests cost nothing. {@code scripts/time-to-verdict.sh} reads the file
 * it writes (numbers only, nothing a target sent) and sets it beside the whole process's time.
 */
public final class RunTimeline {

    /** The moments of a run, in the order they happen. */
    public enum Mark {
        CUCUMBER_STARTED, PREFLIGHT_STARTED, PREFLIGHT_DONE, FIRST_SCENARIO_STARTED, SCENARIOS_FINISHED,
        REPORT_WRITTEN, LEAK_SCAN_DONE
    }

    /**
     * One client's requests: {@code concurrency} of them at a time (the sweep's), paced by the run's rate
     * limit or not, and exclusive when it may not overlap another exclusive chain (the latency samples and
     * the sweep share a lock: SuiteRun's loadOnTheTarget).
     */
    private record Chain(boolean preflight, int concurrency, boolean paced, boolean exclusive, AtomicLong nanos,
                         AtomicInteger requests, AtomicLong shortestNanos) {
        double slotSeconds() {
            return nanos.get() / 1e9 / concurrency;
        }
    }

    private final Map<Mark, Instant> marks = new ConcurrentHashMap<>();
    private final List<Chain> chains = new CopyOnWriteArrayList<>();

    public void mark(Mark mark) {
        marks.putIfAbsent(mark, Instant.now());
    }

    public void mark(Mark mark, Instant at) {
        marks.putIfAbsent(mark, at);
    }

    /** The log of the preflight request, which comes before every scenario. */
    public RequestLog preflight() {
        return chain(true, 1, false, false);
    }

    /** The log of one scenario's client. */
    public RequestLog chain(int concurrency, boolean paced, boolean exclusive) {
        return chain(false, concurrency, paced, exclusive);
    }

    private RequestLog chain(boolean preflight, int concurrency, boolean paced, boolean exclusive) {
        Chain chain = new Chain(preflight, Math.max(1, concurrency), paced, exclusive, new AtomicLong(), new AtomicInteger(),
                new AtomicLong(Long.MAX_VALUE));
        chains.add(chain);
        return elapsed -> {
            chain.nanos().addAndGet(elapsed.toNanos());
            chain.requests().incrementAndGet();
            chain.shortestNanos().accumulateAndGet(elapsed.toNanos(), Math::min);
        };
    }

    /**
     * The run's critical path: the preflight, then the longest of four lower bounds on the scenarios' time
     * (each term named so that the figure can be checked): all their request time spread over the
     * parallelism; the longest chain; the exclusive chains one after another; the paced requests at the
     * rate limit, the last of which still takes a round trip once sent (at least as long as the shortest).
     */
    public CriticalPath criticalPath(int parallelism, Optional<Double> ratePerSecond) {
        double preflight = chains.stream().filter(Chain::preflight).mapToDouble(Chain::slotSeconds).sum();
        List<Chain> scenarios = chains.stream().filter(chain -> !chain.preflight()).toList();
        double spread = scenarios.stream().mapToDouble(Chain::slotSeconds).sum() / Math.max(1, parallelism);
        double longest = scenarios.stream().mapToDouble(Chain::slotSeconds).max().orElse(0);
        double exclusive = scenarios.stream().filter(Chain::exclusive).mapToDouble(Chain::slotSeconds).sum();
        int paced = scenarios.stream().filter(Chain::paced).mapToInt(chain -> chain.requests().get()).sum();
        double shortestPaced = scenarios.stream().filter(Chain::paced).filter(chain -> chain.requests().get() > 0)
                .mapToLong(chain -> chain.shortestNanos().get()).min().orElse(0) / 1e9;
        double atTheRate = ratePerSecond.map(rate -> Math.max(0, paced - 1) / rate + shortestPaced).orElse(0.0);
        Map<String, Double> terms = Map.of("spread over the parallelism", spread, "the longest chain", longest,
                "the exclusive chains", exclusive, "the paced requests at the rate limit", atTheRate);
        Map.Entry<String, Double> bound = terms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        int requests = chains.stream().mapToInt(chain -> chain.requests().get()).sum();
        return new CriticalPath(Duration.ofNanos(Math.round((preflight + bound.getValue()) * 1e9)),
                Duration.ofNanos(Math.round(preflight * 1e9)), bound.getKey(), requests, paced, parallelism);
    }

    /**
     * @param bound which lower bound of the scenarios' time is the longest
     */
    public record CriticalPath(Duration total, Duration preflight, String bound, int requests, int pacedRequests,
                               int parallelism) {
    }

    /**
     * Writes the marks (milliseconds since the epoch), the test JVM's start, and the critical path to
     * {@code file} as Java properties.
     */
    public void write(Path file, int parallelism, Optional<Double> ratePerSecond) {
        CriticalPath path = criticalPath(parallelism, ratePerSecond);
        Properties properties = new Properties();
        properties.setProperty("jvm.started", String.valueOf(ManagementFactory.getRuntimeMXBean().getStartTime()));
        marks.forEach((mark, at) -> properties.setProperty("mark." + mark.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'),
                String.valueOf(at.toEpochMilli())));
        properties.setProperty("requests", String.valueOf(path.requests()));
        properties.setProperty("requests.paced", String.valueOf(path.pacedRequests()));
        properties.setProperty("parallelism", String.valueOf(parallelism));
        properties.setProperty("rate.perSecond", ratePerSecond.map(String::valueOf).orElse("none"));
        properties.setProperty("criticalPath.ms", String.valueOf(path.total().toMillis()));
        properties.setProperty("criticalPath.preflight.ms", String.valueOf(path.preflight().toMillis()));
        properties.setProperty("criticalPath.bound", path.bound());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "the run's timeline: scripts/time-to-verdict.sh reads it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
