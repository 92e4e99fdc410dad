package conformance.marqtune.validation;

import com.networknt.schema.Error;

/** One broken schema rule: where ({@code $.body.instanceType}), which keyword ({@code enum}), networknt's sentence. */
public record SchemaViolation(String path, String keyword, String message, String schemaLocation) {

    static SchemaViolation of(Error error) {
        return new SchemaViolation(
                String.valueOf(error.getInstanceLocation()),
                String.valueOf(error.getKeyword()),
                error.getMessage(),
                String.valueOf(error.getSchemaLocation()).replace(SchemaValidator.ID_PREFIX, ""));
    }

    @Override
    public String toString() {
        return path + ": " + message + " (rule '" + keyword + "' at " + schemaLocation + ")";
    }
}
