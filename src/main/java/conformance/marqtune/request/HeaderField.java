package conformance.marqtune.request;

import java.util.Objects;

/**
 * One header field line of a request, as sent, and as a report and a curl line show it: where a value is
 * made of the key, {@code shown} is a shell expression of {@code $MARQTUNE_API_KEY}, never the key.
 */
public record HeaderField(String name, String value, String shown) {

    public HeaderField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(shown, "shown");
    }

    /** A field with nothing secret in it: shown as sent. */
    public static HeaderField plain(String name, String value) {
        return new HeaderField(name, value, value);
    }

    /** Whether this field is named {@code other}: field names are case-insensitive (RFC 9110, 5.1). */
    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** Whether what is sent differs from what is shown: a value made of a secret, to be masked wherever it appears. */
    boolean holdsASecret() {
        return !value.equals(shown);
    }
}
