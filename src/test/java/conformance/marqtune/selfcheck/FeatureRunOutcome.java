package conformance.marqtune.selfcheck;

import conformance.marqtune.verdict.RuleBroken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * What became of each scenario, named by its documented response and its own name. A failure counts
 * as a catch only when a check of the suite reported a broken rule: a scenario that fails on an error
 * of its own making (a missing model, a bug in the glue) caught nothing.
 */
public final class FeatureRunOutcome implements TestExecutionListener {
    private final Runnable onCatch;
    private final List<String> passed = new ArrayList<>();
    private final Map<String, String> failed = new TreeMap<>();
    private final Map<String, String> caught = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();

    FeatureRunOutcome(Runnable onCatch) {
        this.onCatch = onCatch;
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            // a feature, or the engine itself, that could not run: no scenario of it reached a verdict
            result.getThrowable().filter(error -> result.getStatus() == TestExecutionResult.Status.FAILED)
                    .ifPresent(error -> failed.put("(" + test.getDisplayName() + ")", error.getClass().getSimpleName()
                            + ": " + String.valueOf(error.getMessage()).lines().findFirst().orElse("")));
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> passed.add(name(test));
            case ABORTED -> skipped.add(name(test));
            case FAILED -> {
                String rule = result.getThrowable().map(FeatureRunOutcome::firstRuleBroken).orElse("failed");
                failed.put(name(test), rule);
                if (result.getThrowable().filter(FeatureRunOutcome::isBrokenRule).isPresent()) {
                    caught.put(name(test), rule);
                    onCatch.run();
                }
            }
        }
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            skipped.add(name(test));
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

    private static String name(TestIdentifier test) {
        String responses = test.getTags().stream()
                .map(TestTag::getName)
                .filter(tag -> tag.matches("R[1-6]"))
                .sorted()
                .collect(Collectors.joining(","));
        return (responses.isEmpty() ? "" : responses + ": ") + test.getDisplayName();
    }
}
