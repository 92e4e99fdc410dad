package conformance.marqtune.inputs;

import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ShellKey;
import conformance.marqtune.request.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The near-misses of the API key, as data: each derived from the valid key at the moment of sending, each
 * shown in reports as a shell expression of {@code $MARQTUNE_API_KEY}, never as itself. A key is compared
 * exactly and as a whole, so every near-miss is refused (R4). Where the key travels is {@link KeyPlacementFamily}'s;
 * the forms HTTP counts as the same key are {@link SameRequestFamily}'s.
 */
public enum KeyFamily implements RequestFamily {

    APPENDED("with a character appended", "a prefix comparison", key -> List.of(header("x-api-key", key + "x", ShellKey.around("", "x")))),
    PREPENDED("with a character prepended", "a suffix comparison", key -> List.of(header("x-api-key", "x" + key, ShellKey.around("x", "")))),
    CUT_FROM_THE_END("with its last character cut", "a column one character too short", key -> List.of(header("x-api-key", key.substring(0, key.length() - 1),
            ShellKey.cutFromTheEnd()))),
    CUT_FROM_THE_START("with its first character cut", "a suffix comparison", key -> List.of(header("x-api-key", key.substring(1),
            ShellKey.cutFromTheStart(1)))),
    ONE_CHARACTER_CHANGED("with one character changed, first, middle and last", "a comparison of part of the key", key -> atEnds(key, at -> {
        char other = key.charAt(at) == 'x' ? 'y' : 'x';
        return header("x-api-key", key.substring(0, at) + other + key.substring(at + 1), ShellKey.substitutedAt(at, other));
    })),
    ONE_LETTER_CASE_CHANGED("with one letter's case changed, first, middle and last", "a comparison without case", key -> letters(key).stream()
            .map(at -> header("x-api-key", ShellKey.caseFlippedAt(key, at), ShellKey.caseFlippedAt(at))).toList()),
    DOUBLED("twice over", "a prefix or contains comparison", key -> List.of(header("x-api-key", key + key, ShellKey.around("", ShellKey.KEY)))),
    SPACE_INSIDE("with a space inside", "whitespace removed before comparing", key -> List.of(header("x-api-key",
            key.substring(0, key.length() / 2) + " " + key.substring(key.length() / 2),
            "${MARQTUNE_API_KEY:0:" + key.length() / 2 + "} ${MARQTUNE_API_KEY:" + key.length() / 2 + "}")));

    private final String title;
    private final String standsFor;
    private final Function<String, List<KeyPresentation>> presentations;

    KeyFamily(String title, String standsFor, Function<String, List<KeyPresentation>> presentations) {
        this.title = title;
        this.standsFor = standsFor;
        this.presentations = presentations;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String standsFor() {
        return standsFor;
    }

    /** The presentations this family sends, derived from the valid {@code key}. */
    public List<KeyPresentation> from(String key) {
        return presentations.apply(key).stream()
                .map(p -> new KeyPresentation("the configured API key " + title + " (" + p.shown() + ")", p.fields(), p.query()))
                .toList();
    }

    @Override
    public List<FamilyInput> inputs(Seeds seeds) {
        return from(seeds.key()).stream().map(presentation -> new FamilyInput(presentation.shown(),
                presentation.appliedTo(ApiRequest.getModel(seeds.modelId(), presentation.description())))).toList();
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
