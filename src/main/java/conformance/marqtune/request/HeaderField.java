package conformance.marqtune.request;

import java.util.Objects;

/** One field line as sent, and as shown: where the key made it, an expression of {@code $MARQTUNE_API_KEY}. */
public record HeaderField(String name, String value, String shown) {

    public HeaderField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(shown, "shown");
    }

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
