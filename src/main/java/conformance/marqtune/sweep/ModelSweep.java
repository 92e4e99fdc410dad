package conformance.marqtune.sweep;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.KeyKind;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.Pace;
import conformance.marqtune.client.RequestLog;
import conformance.marqtune.client.TimeBudgetSpent;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.SweepLimits;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import conformance.marqtune.contract.ResponseRules;
import conformance.marqtune.validation.SchemaValidator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks every listed model as R1, and against its element of the listing, field for field,
 * {@code marqtune.sweep.concurrency} at a time within the rate; the listing is read element by element, and no response
 * is kept once checked.
 */
public final class ModelSweep {

    /** The table keeps this many rows; the counts go on beyond it. */
    static final int MAX_ROWS = 10_000;
    private static final String LISTING = "(listing)";

    private final SweepLimits limits;
    private final SchemaValidator schemas;
    private final SweepProgress progress;
    private final Pace pace;
    private final Optional<Double> rate;
    private final ModelsApi api;

    private final SweepTable rows;
    private final ModelRules rules;
    private final AtomicInteger checked = new AtomicInteger();
    private final AtomicInteger nonconforming = new AtomicInteger();
    private final ConcurrentHashMap<Long, AtomicInteger> requestsPerSecond = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    /** Models that got no HTTP answer: no verdict about them, and not counted as checked. */
    private final AtomicInteger unreached = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> unreachedReasons = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unreachedInARow = new AtomicInteger();
    private volatile String abandoned = "";
    private final SecretMask mask;

    public ModelSweep(SuiteConfiguration configuration, SchemaValidator schemas, Pace pace, PrintStream progress) {
        this(configuration, schemas, pace, progress, RequestLog.NONE);
    }

    public ModelSweep(SuiteConfiguration configuration, SchemaValidator schemas, Pace pace, PrintStream progress, RequestLog log) {
        this(configuration, schemas, pace, new SweepProgress(progress), log);
    }

    /** The same, reporting to {@code progress}: a seam for the suite's own tests. */
    ModelSweep(SuiteConfiguration configuration, SchemaValidator schemas, Pace pace, SweepProgress progress, RequestLog log) {
        this.schemas = schemas;
        this.progress = progress;
        this.limits = configuration.sweep();
        this.pace = pace;
        this.rate = limits.ratePerSecondFor(configuration.requireTarget());
        this.api = new ModelsApi(configuration.requireTarget(), configuration.timeouts(), configuration.resends(),
                configuration.responses(), new Pace() {
                    @Override
                    public void awaitTurn() {
                        ModelSweep.this.awaitTurn();
                    }

                    @Override
                    public void waitOut(Duration asked) {
                        pace.waitOut(asked);
                    }
                }, log);
        this.mask = new SecretMask(configuration.secrets());
        this.rows = new SweepTable(mask, MAX_ROWS);
        this.rules = new ModelRules(schemas);
    }

    /** After this many models in a row got no answer, the target is taken to be gone and the sweep stops. */
    static final int GIVE_UP_AFTER = 5;

    public SweepResult run() {
        try (api) {
            return sweep();
        }
    }

    private SweepResult sweep() {
        long start = System.nanoTime();
        ApiResponse listing = api.listModels(KeyKind.VALID);
        int listed = checkListing(listing);
        int total = limits.max() == 0 ? listed : Math.min(listed, limits.max());
        if (total > 0) {
            checkModels(listing, total, start);
        }
        double[] sortedLatencies = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        SortedMap<Long, Integer> perSecond = new TreeMap<>();
        requestsPerSecond.forEach((second, count) -> perSecond.put(second, count.get()));
        SweepResult result = new SweepResult(listed, checked.get(), nonconforming.get(), rows.list(),
                Duration.ofNanos(System.nanoTime() - start), perSecond, sortedLatencies, rate,
                api.throttledResponses(), unreached.get(), List.copyOf(unreachedReasons), abandoned);
        progress.finished(result);
        return result;
    }

    /** The listing's own rules (status, JSON, the "model-list" schema's envelope); how many elements it holds. */
    private int checkListing(ApiResponse listing) {
        List<BrokenRule> broken = new ArrayList<>();
        ResponseRules.status(listing, 200).ifPresent(broken::add);
        ResponseRules.mediaType(listing).ifPresent(broken::add);
        if (!broken.isEmpty()) {
            broken.forEach(rule -> rows.add(LISTING, "", rule, api.curlOf(Optional.empty(), KeyKind.VALID)));
            return 0;
        }
        ObjectNode skeleton = ListingReader.emptySkeleton();
        int count;
        try {
            count = ListingReader.stream(listing.body(), element -> { }, skeleton);
        } catch (JacksonException notJson) {
            rows.add(LISTING, "", ResponseRules.notJson(notJson.getOriginalMessage()), api.curlOf(Optional.empty(), KeyKind.VALID));
            return 0;
        } catch (ListingReader.TrailingContent trailing) {
            rows.add(LISTING, "", ResponseRules.notJson(trailing.getMessage()), api.curlOf(Optional.empty(), KeyKind.VALID));
            return 0;
        }
        ResponseRules.schema(schemas.validate("model-list", skeleton))
                .ifPresent(rule -> rows.add(LISTING, "", rule, api.curlOf(Optional.empty(), KeyKind.VALID)));
        return count;
    }

    private void checkModels(ApiResponse listing, int total, long start) {
        ExecutorService workers = Executors.newFixedThreadPool(limits.concurrency(), runnable -> {
            // no inherited thread-locals: Allure's would make every worker attach its thousands of exchanges
            // to the scenario; the sweep reports its table instead
            Thread thread = new Thread(null, runnable, "sweep", 0, false);
            thread.setDaemon(true);
            return thread;
        });
        Semaphore inFlight = new Semaphore(limits.concurrency() * 2);
        AtomicInteger submitted = new AtomicInteger();
        try {
            ListingReader.stream(listing.body(), element -> {
                if (submitted.get() >= total || !abandoned.isEmpty()) {
                    return;
                }
                submitted.incrementAndGet();
                acquire(inFlight);
                workers.execute(() -> {
                    try {
                        checkModel(element);
                    } finally {
                        inFlight.release();
                    }
                });
                progress.reportIfDue(checked.get(), nonconforming.get(), total, start);
            }, ListingReader.emptySkeleton());
            workers.shutdown();
            while (!workers.awaitTermination(progress.every().toMillis(), TimeUnit.MILLISECONDS)) {
                progress.reportIfDue(checked.get(), nonconforming.get(), total, start);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private void checkModel(JsonNode element) {
        if (!abandoned.isEmpty()) {
            return; // submitted before the sweep gave up: not sent
        }
        String modelId = element.path("modelId").asString("");
        String status = element.path("status").asString("");
        List<BrokenRule> broken = new ArrayList<>(rules.ofListedElement(element));
        if (!modelId.isEmpty()) {
            try {
                ApiResponse detail = api.getModel(modelId, KeyKind.VALID);
                unreachedInARow.set(0);
                latencies.add(detail.elapsed().toNanos() / 1e6);
                broken.addAll(rules.ofDetail(detail, modelId, element));
            } catch (TimeBudgetSpent spent) {
                abandoned = spent.getMessage();
                return;
            } catch (RuleBroken answerBrokeARule) {
                // cut short, or too large to read: a verdict about this model, as any broken rule
                broken.addAll(answerBrokeARule.rules());
            } catch (RuntimeException noAnswer) {
                // no HTTP answer (transport, throttled): nothing can be said about this model either way
                unreached.incrementAndGet();
                if (unreachedReasons.size() < 20) {
                    unreachedReasons.add(modelId + ": " + mask.mask(String.valueOf(noAnswer.getMessage()).lines().findFirst().orElse("")));
                }
                if (unreachedInARow.incrementAndGet() >= GIVE_UP_AFTER) {
                    abandoned = GIVE_UP_AFTER + " models in a row got no answer; the sweep stopped there";
                }
                return;
            }
        }
        checked.incrementAndGet();
        if (!broken.isEmpty()) {
            nonconforming.incrementAndGet();
            String curl = api.curlOf(Optional.of(modelId).filter(id -> !id.isEmpty()), KeyKind.VALID);
            for (BrokenRule rule : broken) {
                rows.add(modelId, status, rule, curl);
            }
        }
    }

    /** Every request of the sweep, retries included, waits here for its token and is counted in its second. */
    private void awaitTurn() {
        pace.awaitTurn();
        requestsPerSecond.computeIfAbsent(System.currentTimeMillis() / 1000, second -> new AtomicInteger()).incrementAndGet();
    }


    private static void acquire(Semaphore permits) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        }
    }
}
