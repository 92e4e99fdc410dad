package conformance.marqtune.client;

/**
 * The key, and the near-misses of it, as a bash expression of {@code $MARQTUNE_API_KEY}: what a curl line
 * writes where a key went, so that it works when pasted and never holds the key.
 */
public final class ShellKey {

    public static final String KEY = "$MARQTUNE_API_KEY";

    private ShellKey() {
    }

    /** {@code key} with the case of its character at {@code index} flipped. */
    public static String caseFlippedAt(String key, int index) {
        char c = key.charAt(index);
        char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return key.substring(0, index) + flipped + key.substring(index + 1);
    }

    /** The key with the case of its character at {@code index} flipped, as bash writes it. */
    public static String caseFlippedAt(int index) {
        return "${MARQTUNE_API_KEY:0:" + index + "}$(printf %s \"${MARQTUNE_API_KEY:" + index + ":1}\" | tr a-zA-Z A-Za-z)"
                + "${MARQTUNE_API_KEY:" + (index + 1) + "}";
    }

    /** The key with {@code character} in place of its character at {@code index}, as bash writes it. */
    public static String substitutedAt(int index, char character) {
        return "${MARQTUNE_API_KEY:0:" + index + "}" + character + "${MARQTUNE_API_KEY:" + (index + 1) + "}";
    }

    /** The key without its first {@code count} characters. */
    public static String cutFromTheStart(int count) {
        return "${MARQTUNE_API_KEY:" + count + "}";
    }

    /** The key without its last character. */
    public static String cutFromTheEnd() {
        return "${MARQTUNE_API_KEY%?}";
    }

    /** {@code before}, the key, then {@code after}. */
    public static String around(String before, String after) {
        return before + "${MARQTUNE_API_KEY}" + after;
    }
}
