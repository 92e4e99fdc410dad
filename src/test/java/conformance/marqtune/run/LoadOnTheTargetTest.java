package conformance.marqtune.run;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.selfcheck.FeatureRun;
import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The latency budget is not measured while the sweep loads the target: in a launch that runs eight scenarios at
 * once, the two hold the target in turn. Against a simulator that takes a second for every model, both take
 * seconds, so that two scenarios let run side by side would overlap.
 */
class LoadOnTheTargetTest {

    /** From a scenario's first step's start to its last step's end, by scenario name. */
    private static final class StepSpans implements ConcurrentEventListener {
        final Map<String, Instant> first = new ConcurrentHashMap<>();
        final Map<String, Instant> last = new ConcurrentHashMap<>();

        @Override
        public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(TestStepStarted.class, event -> {
                if (event.getTestStep() instanceof PickleStepTestStep) {
                    first.putIfAbsent(event.getTestCase().getName(), event.getInstant());
                }
            });
            publisher.registerHandlerFor(TestStepFinished.class, event -> {
                if (event.getTestStep() instanceof PickleStepTestStep) {
                    last.put(event.getTestCase().getName(), event.getInstant());
                }
            });
        }
    }

    @Test
    void theLatencyBudgetAndTheSweepNeverRunAtOnce() {
        StepSpans spans = new StepSpans();
        try (SimulatorServer slow = SimulatorServer.start(SimulatorSettings.withRandomKeys().withDeviation(Deviation.R1_SLOW))) {
            FeatureRun.selected(slow, Optional.of(SeededModels.READY_MODEL_ID), "@latency or @sweep", List.of(spans));
        }

        assertThat(spans.first).hasSize(2);
        List<String> names = List.copyOf(spans.first.keySet());
        String one = names.get(0);
        String other = names.get(1);
        boolean inTurn = !spans.last.get(one).isAfter(spans.first.get(other)) || !spans.last.get(other).isAfter(spans.first.get(one));
        assertThat(inTurn).as("%s ran from %s to %s, %s from %s to %s", one, spans.first.get(one), spans.last.get(one),
                other, spans.first.get(other), spans.last.get(other)).isTrue();
    }
}
