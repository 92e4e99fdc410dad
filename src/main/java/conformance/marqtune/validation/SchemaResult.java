package conformance.marqtune.validation;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of one validation: the violations that fail the check, and those only reported. */
public record SchemaResult(String schemaName, List<SchemaViolation> failures, List<SchemaViolation> warnings) {

    public boolean passed() {
        return failures.isEmpty();
    }

    public String describeFailures() {
        return describe(failures);
    }

    public String describeWarnings() {
        return describe(warnings);
    }

    private static String describe(List<SchemaViolation> violations) {
        return violations.stream().map(v -> "  - " + v).collect(Collectors.joining(System.lineSeparator()));
    }
}
