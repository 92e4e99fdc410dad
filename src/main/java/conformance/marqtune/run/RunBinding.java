package conformance.marqtune.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;

/**
 * The Cucumber plugin that gives a launch its run: named with the key of a run handed over
 * ({@code conformance.marqtune.run.RunBinding:KEY}, see {@link SuiteRun#handOver}), it binds the thread that
 * starts the launch (and so runs its {@code @BeforeAll} hooks) and each thread as it starts a scenario. Cucumber
 * sends these events on the thread that does the work, before it does it; a launch's scenario threads end
 * with the launch, and the thread that started it is unbound when it finishes.
 */
public final class RunBinding implements ConcurrentEventListener {

    private final String key;

    public RunBinding(String key) {
        this.key = key;
    }

    /** The plugin option that binds a launch to the run handed over as {@code key}. */
    public static String pluginFor(String key) {
        return RunBinding.class.getName() + ":" + key;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> SuiteRun.bind(key));
        publisher.registerHandlerFor(TestCaseStarted.class, event -> SuiteRun.bind(key));
        publisher.registerHandlerFor(TestRunFinished.class, event -> SuiteRun.unbind());
    }
}
