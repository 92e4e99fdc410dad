package conformance.marqtune.client;

import conformance.marqtune.configuration.Secret;
import java.util.Optional;
import java.util.UUID;

/** How a request presents the key; each is derived when sent, so that no scenario holds a key in its state. */
public enum KeyKind {
    VALID("the configured API key"),
    WRONG("a wrong API key"),
    MISSING("no API key"),
    EMPTY("an empty API key"),
    CASE_CHANGED("the configured API key with the case of one letter changed"),
    FOREIGN("another account's API key");

    private final String description;

    KeyKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public KeyPresentation presentation(Secret key, Optional<Secret> foreignKey) {
        String header = KeyPresentation.API_KEY_HEADER;
        return switch (this) {
            case VALID -> KeyPresentation.inHeader(description, header, key.reveal(), ShellKey.KEY);
            case FOREIGN -> KeyPresentation.inHeader(description, header, foreignKey.orElseThrow(() -> new IllegalStateException(
                    "no second account's key is configured")).reveal(), "$MARQTUNE_FOREIGN_API_KEY");
            case WRONG -> {
                String wrong = "wrong-" + UUID.randomUUID().toString().replace("-", "");
                yield KeyPresentation.inHeader(description, header, wrong, wrong);
            }
            case MISSING -> KeyPresentation.none(description);
            case EMPTY -> KeyPresentation.inHeader(description, header, "", "");
            case CASE_CHANGED -> {
                int letter = firstLetter(key.reveal());
                yield KeyPresentation.inHeader(description, header, ShellKey.caseFlippedAt(key.reveal(), letter),
                        ShellKey.caseFlippedAt(letter));
            }
        };
    }

    /** Whether this kind can be made of {@code key}: a key without a letter has no case to change. */
    public boolean canBeMadeOf(Secret key) {
        return this != CASE_CHANGED || key.reveal().chars().anyMatch(c -> Character.toUpperCase(c) != Character.toLowerCase(c));
    }

    static int firstLetter(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.toUpperCase(c) != Character.toLowerCase(c)) {
                return i;
            }
        }
        throw new IllegalStateException("the configured API key has no letter whose case could change");
    }
}
