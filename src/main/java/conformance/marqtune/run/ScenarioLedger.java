package conformance.marqtune.run;

import conformance.marqtune.contract.ScenarioTags;
import conformance.marqtune.report.CoverageLedger;
import conformance.marqtune.report.RunTimeline;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import conformance.marqtune.verdict.RuleBroken;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The conformance run's listener to its one launch: it counts every finished scenario into the coverage
 * ledger, keeps each failed scenario for the person reading the build's failure, and marks the run's moments.
 */
final class ScenarioLedger implements ConcurrentEventListener {

    private final CoverageLedger ledger = new CoverageLedger();
    private final RunTimeline timeline;
    private final UnaryOperator<String> mask;
    private final List<FailedScenario> failures = new ArrayList<>();
    private volatile Instant started = Instant.now();
    private volatile Instant finished = Instant.now();

    ScenarioLedger(RunTimeline timeline, UnaryOperator<String> mask) {
        this.timeline = timeline;
        this.mask = mask;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> started = event.getInstant());
        publisher.registerHandlerFor(TestCaseStarted.class, event -> timeline.mark(RunTimeline.Mark.FIRST_SCENARIO_STARTED, event.getInstant()));
        publisher.registerHandlerFor(TestCaseFinished.class, this::count);
        publisher.registerHandlerFor(TestRunFinished.class, event -> finished = event.getInstant());
    }

    private void count(TestCaseFinished event) {
        Status status = event.getResult().getStatus();
        Optional<Throwable> error = Optional.ofNullable(event.getResult().getError()).or(() -> suitesError(status));
        ledger.count(ScenarioTags.of(event.getTestCase().getTags()), status, error);
        if (status != Status.PASSED && status != Status.SKIPPED && status != Status.PENDING) {
            // a broken rule says which one in its first line; anything else is an error, named by its type
            String message = error.map(failure -> failure instanceof RuleBroken ? failure.getMessage()
                    : failure.getClass().getSimpleName() + ": " + failure.getMessage()).orElse(status.name().toLowerCase());
            synchronized (failures) {
                failures.add(new FailedScenario(event.getTestCase().getName(), where(event.getTestCase().getUri()),
                        event.getTestCase().getLocation().getLine(), mask.apply(message)));
            }
        }
    }

    /** A step with no definition, or with more than one, is an error of the suite's, not a rule the target broke. */
    private static Optional<Throwable> suitesError(Status status) {
        return status == Status.UNDEFINED || status == Status.AMBIGUOUS
                ? Optional.of(new IllegalStateException("a step of the scenario has " + (status == Status.UNDEFINED ? "no definition"
                : "more than one definition") + " in the suite's glue"))
                : Optional.empty();
    }

    CoverageLedger ledger() {
        return ledger;
    }

    /** The scenarios that did not pass, in the features' order: the same list however the threads finished. */
    List<FailedScenario> failures() {
        synchronized (failures) {
            return failures.stream().sorted(Comparator.comparing(FailedScenario::feature).thenComparingInt(FailedScenario::line)).toList();
        }
    }

    /** A feature's path relative to the folder the run started in, as a person types it; else its URI. */
    private static String where(URI feature) {
        if (!"file".equals(feature.getScheme())) {
            return feature.toString();
        }
        Path path = Path.of(feature);
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }

    Instant started() {
        return started;
    }

    Instant finished() {
        return finished;
    }
}
