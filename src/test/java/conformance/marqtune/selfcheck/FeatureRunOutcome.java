package conformance.marqtune.selfcheck;

import conformance.marqtune.contract.ScenarioTags;
import conformance.marqtune.verdict.RuleBroken;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What became of each scenario, named by its documented response and its own name. A failure counts
 * as a catch only when a check of the suite reported a broken rule: a scenario that fails on an error
 * of its own making (a missing model, a bug in the glue) caught nothing.
 */
public final class FeatureRunOutcome implements ConcurrentEventListener {
    private final Runnable onCatch;
    private final List<String> passed = new ArrayList<>();
    private final Map<String, String> failed = new TreeMap<>();
    private final Map<String, String> caught = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();

    FeatureRunOutcome(Runnable onCatch) {
        this.onCatch = onCatch;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, event -> finished(event.getTestCase(), event.getResult()));
    }

    synchronized void finished(TestCase scenario, Result result) {
        String name = name(scenario);
        Optional<Throwable> error = Optional.ofNullable(result.getError());
        if (result.getStatus() == Status.PASSED) {
            passed.add(name);
        } else if (result.getStatus() == Status.SKIPPED) {
            skipped.add(name);
        } else {
            String rule = error.map(FeatureRunOutcome::firstRuleBroken).orElse(result.getStatus().name().toLowerCase());
            failed.put(name, rule);
            if (error.filter(FeatureRunOutcome::isBrokenRule).isPresent()) {
                caught.put(name, rule);
                onCatch.run();
            }
        }
    }

    public synchronized List<String> passed() {
        return List.copyOf(passed);
    }

    /** Each scenario that failed because a check found a broken rule, with the first such rule. */
    public synchronized Map<String, String> caught() {
        return Map.copyOf(caught);
    }

    /** Each failed scenario with the first rule it reported broken, or its error. */
    public synchronized Map<String, String> failed() {
        return Map.copyOf(failed);
    }

    public synchronized List<String> skipped() {
        return List.copyOf(skipped);
    }

    private static boolean isBrokenRule(Throwable failure) {
        return failure instanceof RuleBroken;
    }

    private static String firstRuleBroken(Throwable failure) {
        if (failure instanceof RuleBroken verdict) {
            return verdict.rules().get(0).rule();
        }
        return failure.getClass().getSimpleName() + ": " + String.valueOf(failure.getMessage()).lines().findFirst().orElse("").strip();
    }

    private static String name(TestCase scenario) {
        return ScenarioTags.of(scenario.getTags()).response().map(response -> response.name() + ": ").orElse("") + scenario.getName();
    }
}
