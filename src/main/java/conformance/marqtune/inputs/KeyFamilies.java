package conformance.marqtune.inputs;

import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ShellKey;
import conformance.marqtune.request.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Near-misses of the key, as data, each derived when sent and shown only as an expression of {@code $MARQTUNE_API_KEY}.
 * A key is compared exactly and whole, so each gets R4; where it travels is {@link KeyPlacements}'s, its HTTP-equal
 * forms {@link SameRequests}'s.
 */
public final class KeyFamilies {

    public static final List<RequestFamily> FAMILIES = List.of(
            keys("with a character appended", "a prefix comparison", key -> List.of(header("x-api-key", key + "x", ShellKey.around("", "x")))),
            keys("with a character prepended", "a suffix comparison", key -> List.of(header("x-api-key", "x" + key, ShellKey.around("x", "")))),
            keys("with its last character cut", "a column one character too short", key -> List.of(header("x-api-key", key.substring(0, key.length() - 1),
                    ShellKey.cutFromTheEnd()))),
            keys("with its first character cut", "a suffix comparison", key -> List.of(header("x-api-key", key.substring(1),
                    ShellKey.cutFromTheStart(1)))),
            keys("with one character changed, first, middle and last", "a comparison of part of the key", key -> atEnds(key, at -> {
                char other = key.charAt(at) == 'x' ? 'y' : 'x';
                return header("x-api-key", key.substring(0, at) + other + key.substring(at + 1), ShellKey.substitutedAt(at, other));
            })),
            keys("with one letter's case changed, first, middle and last", "a comparison without case", key -> letters(key).stream()
                    .map(at -> header("x-api-key", ShellKey.caseFlippedAt(key, at), ShellKey.caseFlippedAt(at))).toList()),
            keys("twice over", "a prefix or contains comparison", key -> List.of(header("x-api-key", key + key, ShellKey.around("", ShellKey.KEY)))),
            keys("with a space inside", "whitespace removed before comparing", key -> List.of(header("x-api-key",
                    key.substring(0, key.length() / 2) + " " + key.substring(key.length() / 2),
                    "${MARQTUNE_API_KEY:0:" + key.length() / 2 + "} ${MARQTUNE_API_KEY:" + key.length() / 2 + "}"))));

    private KeyFamilies() {
    }

    private static RequestFamily keys(String title, String standsFor, Function<String, List<KeyPresentation>> presentations) {
        return new RequestFamily(title, standsFor, seeds -> presentations.apply(seeds.key()).stream().map(presentation -> {
            String description = "the configured API key " + title + " (" + presentation.shown() + ")";
            return new FamilyInput(presentation.shown(), presentation.appliedTo(ApiRequest.getModel(seeds.modelId(), description)));
        }).toList());
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
