package conformance.marqtune.report;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;

/**
 * Makes a failure's first line its headline in the report: Allure shows the status message on top and
 * groups the Categories tab by it, so the message keeps only the first line (the rules broken, which
 * failures of the same rule share) and the lines after it (expected, actual, request, response, curl)
 * open the trace. Registered with Allure through {@code META-INF/services}.
 */
public class FailureHeadline implements TestLifecycleListener {

    @Override
    public void beforeTestWrite(TestResult result) {
        StatusDetails details = result.getStatusDetails();
        if (details == null || details.getMessage() == null) {
            return;
        }
        String message = details.getMessage().strip();
        int lineEnd = message.indexOf('\n');
        if (lineEnd < 0) {
            details.setMessage(message);
            return;
        }
        String trace = details.getTrace() == null ? "" : details.getTrace();
        details.setMessage(message.substring(0, lineEnd).strip());
        details.setTrace(message.substring(lineEnd + 1).stripTrailing() + System.lineSeparator() + System.lineSeparator() + trace);
    }
}
