package conformance.marqtune.report;

import conformance.marqtune.client.ModelsApi;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;

/**
 * Marks as flaky, just before Allure writes it, every test whose request had to be sent again after a
 * transport failure. The client labels such tests; Cucumber's Allure plugin rewrites the status details
 * when a scenario ends, so the flag can only be set here, at the last moment. Registered with Allure
 * through {@code META-INF/services}.
 */
public class FlakyMarker implements TestLifecycleListener {

    @Override
    public void beforeTestWrite(TestResult result) {
        if (result.getLabels().removeIf(label -> ModelsApi.RETRIED_LABEL.equals(label.getName()))) {
            StatusDetails details = result.getStatusDetails() == null ? new StatusDetails() : result.getStatusDetails();
            result.setStatusDetails(details.setFlaky(true));
        }
    }
}
