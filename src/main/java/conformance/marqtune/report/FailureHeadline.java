package conformance.marqtune.report;

import conformance.marqtune.verdict.RuleBroken;
import io.qameta.allure.listener.StepLifecycleListener;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;

/**
 * Makes a failure read once in the report, its headline first: Allure shows the status message on top and groups
 * the Categories tab by it, so the message keeps only the first line (the rules broken, which failures of the same
 * rule share), and the lines after it (expected, actual, request, response, curl) become the trace. A verdict's
 * stack trace says nothing to the person whose deployment it blocked, so a {@link RuleBroken}'s is dropped; any
 * other error keeps its own. The test shows the headline; the failed step shows the details too, beside the
 * evidence attached to it. Allure keeps the throwable only as text: its trace's first word is the class thrown.
 * Registered with Allure through {@code META-INF/services}, for tests and for steps.
 */
public class FailureHeadline implements TestLifecycleListener, StepLifecycleListener {

    @Override
    public void beforeTestWrite(TestResult result) {
        // a verdict's details are read once, in the failed step, beside its request, response and curl line
        headlined(result.getStatusDetails(), false);
    }

    @Override
    public void beforeStepStop(StepResult result) {
        headlined(result.getStatusDetails(), true);
    }

    private static void headlined(StatusDetails details, boolean step) {
        if (details == null || details.getMessage() == null) {
            return;
        }
        String message = details.getMessage().strip();
        String trace = details.getTrace() == null ? "" : details.getTrace();
        boolean verdict = thrownIsAVerdict(trace);
        int lineEnd = message.indexOf('\n');
        details.setMessage(lineEnd < 0 ? message : message.substring(0, lineEnd).strip());
        String rest = lineEnd < 0 ? "" : message.substring(lineEnd + 1).stripTrailing();
        if (verdict) {
            details.setTrace(step ? rest : "expected and actual, the request, the response and the curl line: in the failed step below");
        } else {
            details.setTrace(rest.isEmpty() ? trace : rest + System.lineSeparator() + System.lineSeparator() + trace);
        }
    }

    private static boolean thrownIsAVerdict(String trace) {
        int end = 0;
        while (end < trace.length() && (Character.isJavaIdentifierPart(trace.charAt(end)) || trace.charAt(end) == '.')) {
            end++;
        }
        if (end == 0) {
            return false;
        }
        try {
            return RuleBroken.class.isAssignableFrom(Class.forName(trace.substring(0, end), false, FailureHeadline.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
