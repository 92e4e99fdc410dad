package conformance.marqtune.sweep;

import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.SweepLimits;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import conformance.marqtune.validation.SchemaValidator;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a sweep costs on this machine: the suite's sweep of an N-model simulator (every check on), and
 * the same ids fetched by a plain JDK HttpClient with no check at all, the physical limit the ratio is
 * measured against. Run with {@code mvn -q test-compile exec:exec@sweep-benchmark} (README, "Speed").
 */
public final class SweepBenchmark {

    private SweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        PrintStream out = System.out;
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withGeneratedModels(models - 4))) {
            Properties settings = new Properties();
            settings.setProperty(Target.BASE_URL, simulator.baseUrl().toString());
            settings.setProperty(SweepLimits.MAX, "0");
            settings.setProperty(SweepLimits.RATE, "0");
            settings.setProperty(SweepLimits.CONCURRENCY, String.valueOf(concurrency));
            SuiteConfiguration configuration = SuiteConfiguration.from(settings,
                    Map.of("MARQTUNE_API_KEY", simulator.settings().apiKey()), Path.of("environments"));
            resetPeakHeap();
            SweepResult sweep = new ModelSweep(configuration, new SchemaValidator(SuiteRun.SCHEMAS, true),
                    conformance.marqtune.client.Pace.unlimited(), new PrintStream(PrintStream.nullOutputStream())).run();
            long peakHeap = peakHeapBytes();
            double plain = plainFetch(simulator, concurrency);
            out.printf("Sweep benchmark: %d models, %d at a time, JVM max heap %d MiB%n", models, concurrency,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf("  the suite's sweep (every check): %.0f models/s; p50 %.1f ms, p95 %.1f ms; peak heap %d MiB; %s%n",
                    sweep.modelsPerSecond(), sweep.latencyPercentile(50), sweep.latencyPercentile(95),
                    peakHeap / (1024 * 1024), sweep.summaryLine());
            out.printf("  plain JDK HttpClient, no checks:  %.0f models/s%n", plain);
            out.printf("  the checks cost: the sweep runs at %.0f%% of the plain fetch%n", 100 * sweep.modelsPerSecond() / plain);
        }
    }

    /** The same ids, fetched as fast as a bare client can: list once, then GET each, nothing parsed but the listing. */
    private static double plainFetch(SimulatorServer simulator, int concurrency) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String key = simulator.settings().apiKey();
        HttpResponse<byte[]> listing = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/models"))
                .header("x-api-key", key).build(), HttpResponse.BodyHandlers.ofByteArray());
        List<String> ids = new ArrayList<>();
        for (JsonNode model : JsonMapper.builder().build().readTree(listing.body()).path("body").path("models")) {
            ids.add(model.path("modelId").asString());
        }
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        for (int worker = 0; worker < concurrency; worker++) {
            workers.execute(() -> {
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    try {
                        http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/models/" + ids.get(i)))
                                .header("x-api-key", key).build(), HttpResponse.BodyHandlers.ofByteArray());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.MINUTES);
        return ids.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
