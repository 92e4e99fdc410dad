package conformance.marqtune.report;

import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.contract.ScenarioTags;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.TestResult;
import java.util.List;
import java.util.Optional;

/**
 * Gives every scenario Allure's own labels from its tags, so that the report's Behaviors view reads as
 * the contract: epic "Documented responses" or "Beyond the page", feature the documented response
 * (R1 to R6), story the behaviour (the feature's title), and a severity. Registered with Allure through
 * {@code META-INF/services}.
 */
public class ContractLabels implements TestLifecycleListener {

    @Override
    public void beforeTestWrite(TestResult result) {
        ScenarioTags tags = ScenarioTags.of(result.getLabels().stream().filter(label -> "tag".equals(label.getName()))
                .map(Label::getValue).toList());
        Optional<DocumentedResponse> response = tags.response();
        boolean extended = tags.beyondThePage();
        if (response.isEmpty() && !extended) {
            return;
        }
        Optional<String> behaviour = result.getLabels().stream().filter(label -> "feature".equals(label.getName()))
                .map(Label::getValue).findFirst();
        result.getLabels().removeIf(label -> List.of("epic", "feature", "story", "severity").contains(label.getName()));
        result.getLabels().add(label("epic", extended ? "Beyond the page" : "Documented responses"));
        result.getLabels().add(label("feature", response.map(DocumentedResponse::label).orElse("Every response")));
        behaviour.ifPresent(title -> result.getLabels().add(label("story", title)));
        result.getLabels().add(label("severity", tags.severity()));
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
