package conformance.marqtune.inputs;

import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ShellKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The near-misses of the API key, as data: each derived from the valid key at the moment of sending, each
 * shown in reports as a shell expression of {@code $MARQTUNE_API_KEY}, never as itself. A key is compared
 * exactly and as a whole, so every near-miss is refused (R4); two things are not a different key, the
 * whitespace HTTP strips around a header's value and the header name's case, and those must be served.
 */
public enum KeyFamily {

    APPENDED("with a character appended", true, key -> List.of(header("x-api-key", key + "x", ShellKey.around("", "x")))),
    PREPENDED("with a character prepended", true, key -> List.of(header("x-api-key", "x" + key, ShellKey.around("x", "")))),
    CUT_FROM_THE_END("with its last character cut", true, key -> List.of(header("x-api-key", key.substring(0, key.length() - 1),
            ShellKey.cutFromTheEnd()))),
    CUT_FROM_THE_START("with its first character cut", true, key -> List.of(header("x-api-key", key.substring(1),
            ShellKey.cutFromTheStart(1)))),
    ONE_CHARACTER_CHANGED("with one character changed, first, middle and last", true, key -> atEnds(key, at -> {
        char other = key.charAt(at) == 'x' ? 'y' : 'x';
        return header("x-api-key", key.substring(0, at) + other + key.substring(at + 1), ShellKey.substitutedAt(at, other));
    })),
    ONE_LETTER_CASE_CHANGED("with one letter's case changed, first, middle and last", true, key -> letters(key).stream()
            .map(at -> header("x-api-key", ShellKey.caseFlippedAt(key, at), ShellKey.caseFlippedAt(at))).toList()),
    DOUBLED("twice over", true, key -> List.of(header("x-api-key", key + key, ShellKey.around("", ShellKey.KEY)))),
    SPACE_INSIDE("with a space inside", true, key -> List.of(header("x-api-key",
            key.substring(0, key.length() / 2) + " " + key.substring(key.length() / 2),
            "${MARQTUNE_API_KEY:0:" + key.length() / 2 + "} ${MARQTUNE_API_KEY:" + key.length() / 2 + "}"))),
    BEARER("in Authorization: Bearer instead of x-api-key", true, key -> List.of(header("Authorization", "Bearer " + key,
            "Bearer " + ShellKey.KEY))),
    QUERY_PARAMETER("in the query parameter x-api-key instead of the header", true, key -> List.of(KeyPresentation.inQuery(
            "the configured API key in the query parameter x-api-key", "x-api-key", key, ShellKey.KEY))),

    // conformant readings (RFC 9110): the same key
    WHITESPACE_AROUND("with whitespace around the header's value", false, key -> List.of(header("x-api-key", " " + key + " ",
            " " + ShellKey.KEY + " "))),
    HEADER_NAME_CASE("in a header whose name is in upper case", false, key -> List.of(header("X-API-KEY", key, ShellKey.KEY)));

    private final String title;
    private final boolean nearMiss;
    private final Function<String, List<KeyPresentation>> presentations;

    KeyFamily(String title, boolean nearMiss, Function<String, List<KeyPresentation>> presentations) {
        this.title = title;
        this.nearMiss = nearMiss;
        this.presentations = presentations;
    }

    public String title() {
        return title;
    }

    /** Whether the family is a wrong key (R4), rather than the valid key presented in another conformant way. */
    public boolean isNearMiss() {
        return nearMiss;
    }

    /** The presentations this family sends, derived from the valid {@code key}. */
    public List<KeyPresentation> from(String key) {
        return presentations.apply(key).stream()
                .map(p -> new KeyPresentation("the configured API key " + title + " (" + p.shownHeaders().values().stream()
                        .findFirst().orElse(p.shownQuery()) + ")", p.headers(), p.query(), p.shownHeaders(), p.shownQuery()))
                .toList();
    }

    public static KeyFamily byTitle(String title) {
        for (KeyFamily family : values()) {
            if (family.title.equals(title)) {
                return family;
            }
        }
        throw new IllegalArgumentException("no near-miss family of keys is called '" + title + "'");
    }

    private static KeyPresentation header(String name, String value, String shown) {
        return KeyPresentation.inHeader("", name, value, shown);
    }

    /** The first, a middle and the last position of the key. */
    private static List<KeyPresentation> atEnds(String key, java.util.function.IntFunction<KeyPresentation> at) {
        return List.of(at.apply(0), at.apply(key.length() / 2), at.apply(key.length() - 1));
    }

    /** The positions of the first, a middle and the last letter whose case can change. */
    private static List<Integer> letters(String key) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < key.length(); i++) {
            if (Character.toUpperCase(key.charAt(i)) != Character.toLowerCase(key.charAt(i))) {
                letters.add(i);
            }
        }
        return letters.isEmpty() ? List.of() : List.of(letters.get(0), letters.get(letters.size() / 2), letters.get(letters.size() - 1))
                .stream().distinct().toList();
    }
}
