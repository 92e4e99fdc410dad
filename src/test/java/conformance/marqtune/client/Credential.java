package conformance.marqtune.client;

import conformance.marqtune.configuration.Secret;
import java.util.Optional;
import java.util.UUID;

/**
 * How a request presents the API key. Only {@link #VALID} sends the configured key; the others derive
 * what they send at the moment of sending, so that no scenario needs to hold a key in its state.
 */
public enum Credential {
    VALID("the configured API key"),
    WRONG("a wrong API key"),
    MISSING("no API key"),
    EMPTY("an empty API key"),
    CASE_CHANGED("the configured API key with the case of one letter changed"),
    FOREIGN("another account's API key");

    private final String description;

    Credential(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The header value to send, or empty to send no header at all. */
    Optional<String> headerValue(Secret key, Optional<Secret> foreignKey) {
        return switch (this) {
            case VALID -> Optional.of(key.reveal());
            case FOREIGN -> Optional.of(foreignKey.orElseThrow(() -> new IllegalStateException(
                    "no second account's key is configured")).reveal());
            case WRONG -> Optional.of("wrong-" + UUID.randomUUID().toString().replace("-", ""));
            case MISSING -> Optional.empty();
            case EMPTY -> Optional.of("");
            case CASE_CHANGED -> Optional.of(withOneLetterCaseChanged(key.reveal()));
        };
    }

    /** What a person reproducing the request types in place of the key: never the key itself. */
    Optional<String> shownAs(Optional<String> sent) {
        return switch (this) {
            case VALID -> Optional.of("$MARQTUNE_API_KEY");
            case WRONG, EMPTY -> sent;
            case MISSING -> Optional.empty();
            case CASE_CHANGED -> Optional.of("<$MARQTUNE_API_KEY with the case of one letter changed>");
            case FOREIGN -> Optional.of("$MARQTUNE_FOREIGN_API_KEY");
        };
    }

    static String withOneLetterCaseChanged(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetter(c) && Character.toUpperCase(c) != Character.toLowerCase(c)) {
                char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                return key.substring(0, i) + flipped + key.substring(i + 1);
            }
        }
        throw new IllegalStateException("the configured API key has no letter whose case could change");
    }
}
