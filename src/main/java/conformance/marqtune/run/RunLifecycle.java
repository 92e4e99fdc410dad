package conformance.marqtune.run;

import conformance.marqtune.contract.ScenarioTags;
import conformance.marqtune.report.CoverageLedger;
import conformance.marqtune.report.RunReport;
import conformance.marqtune.report.RunTimeline;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.time.Instant;
import java.util.Optional;

/**
 * The Cucumber plugin that closes a conformance run (registered in {@code junit-platform.properties}, so
 * that the suite and an IDE both use it): it counts every finished scenario into the coverage ledger and,
 * when Cucumber's run has finished (after its {@code @AfterAll} hooks), writes the run's report, then
 * finishes the run.
 */
public final class RunLifecycle implements ConcurrentEventListener {

    private final CoverageLedger ledger = new CoverageLedger();
    private volatile Instant started = Instant.now();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> started = event.getInstant());
        publisher.registerHandlerFor(TestCaseStarted.class, event -> SuiteRun.active()
                .ifPresent(run -> run.timeline().mark(RunTimeline.Mark.FIRST_SCENARIO_STARTED, event.getInstant())));
        publisher.registerHandlerFor(TestCaseFinished.class, event -> ledger.count(ScenarioTags.of(event.getTestCase().getTags()),
                event.getResult().getStatus(), Optional.ofNullable(event.getResult().getError())));
        publisher.registerHandlerFor(TestRunFinished.class, event -> SuiteRun.active().ifPresent(run -> {
            run.timeline().mark(RunTimeline.Mark.CUCUMBER_STARTED, started);
            run.timeline().mark(RunTimeline.Mark.SCENARIOS_FINISHED, event.getInstant());
            run.resources().ifPresent(resources -> RunReport.write(resources.files(), run.configuration(), ledger,
                    run.observations(), run.targetUnreachable(), run.pace().spent(), run.model().unreadable(), started, event.getInstant()));
            run.timeline().mark(RunTimeline.Mark.REPORT_WRITTEN);
            ConformanceRun.finish(run);
        }));
    }
}
