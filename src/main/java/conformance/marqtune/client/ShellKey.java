package conformance.marqtune.client;

/** The key and its near-misses as bash expressions of {@code $MARQTUNE_API_KEY}, so that curl lines never hold it. */
public final class ShellKey {

    public static final String KEY = "$MARQTUNE_API_KEY";

    private ShellKey() {
    }

    public static String caseFlippedAt(String key, int index) {
        char c = key.charAt(index);
        char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return key.substring(0, index) + flipped + key.substring(index + 1);
    }

    public static String caseFlippedAt(int index) {
        return "${MARQTUNE_API_KEY:0:" + index + "}$(printf %s \"${MARQTUNE_API_KEY:" + index + ":1}\" | tr a-zA-Z A-Za-z)"
                + "${MARQTUNE_API_KEY:" + (index + 1) + "}";
    }

    public static String substitutedAt(int index, char character) {
        return "${MARQTUNE_API_KEY:0:" + index + "}" + character + "${MARQTUNE_API_KEY:" + (index + 1) + "}";
    }

    public static String cutFromTheStart(int count) {
        return "${MARQTUNE_API_KEY:" + count + "}";
    }

    public static String cutFromTheEnd() {
        return "${MARQTUNE_API_KEY%?}";
    }

    public static String around(String before, String after) {
        return before + "${MARQTUNE_API_KEY}" + after;
    }

    /**
     * Every run {@code nearMiss} shares with {@code key} (longest first) becomes a slice of {@code $MARQTUNE_API_KEY},
     * only the rest literals, so that no run of the key is written out.
     */
    public static String nearMiss(String key, String nearMiss) {
        if (nearMiss.isEmpty()) {
            return "";
        }
        int bestLength = 0;
        int bestInKey = 0;
        int bestInNearMiss = 0;
        for (int i = 0; i < nearMiss.length(); i++) {
            for (int j = 0; j < key.length(); j++) {
                int length = 0;
                while (i + length < nearMiss.length() && j + length < key.length() && nearMiss.charAt(i + length) == key.charAt(j + length)) {
                    length++;
                }
                if (length > bestLength) {
                    bestLength = length;
                    bestInKey = j;
                    bestInNearMiss = i;
                }
            }
        }
        if (bestLength < 2) {
            return literal(nearMiss);
        }
        String slice = bestInKey + bestLength == key.length() ? "${MARQTUNE_API_KEY:" + bestInKey + "}"
                : "${MARQTUNE_API_KEY:" + bestInKey + ":" + bestLength + "}";
        return nearMiss(key, nearMiss.substring(0, bestInNearMiss)) + slice
                + nearMiss(key, nearMiss.substring(bestInNearMiss + bestLength));
    }

    /** {@code text} for inside bash's double quotes: its specials escaped, a control character as {@code "$'\xHH'"}. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '"' || c == '$' || c == '`') {
                literal.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                literal.append("\"$'\\x").append(String.format("%02x", (int) c)).append("'\"");
            } else {
                literal.append(c);
            }
        }
        return literal.toString();
    }
}
