package conformance.marqtune.configuration;

import java.util.Objects;

/** A secret of the run, kept out of every {@code toString}, log line and message by construction. */
public final class Secret {

    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The secret itself: for the request header, the truststore and the leak scan, nowhere else. */
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
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
