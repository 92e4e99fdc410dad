package conformance.marqtune.validation;

import com.networknt.schema.Error;

/**
 * One broken schema rule, in words: where in the document ({@code $.body.instanceType}), which
 * keyword ({@code enum}), and networknt's own sentence.
 */
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
