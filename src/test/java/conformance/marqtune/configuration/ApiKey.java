package conformance.marqtune.configuration;

import java.util.Objects;

/** The API key, kept out of every {@code toString}, log line and message by construction. */
public final class ApiKey {

    private final String value;

    public ApiKey(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The key itself: for the request header and the leak scan, nowhere else. */
    public String reveal() {
        return value;
    }

    /** A safe hint of what was given: its length only. */
    public String masked() {
        return "**** (" + value.length() + " characters)";
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
