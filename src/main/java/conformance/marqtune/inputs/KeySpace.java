package conformance.marqtune.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** The keys near the configured one: one to three characters replaced, inserted or deleted; each a wrong key. */
final class KeySpace implements SeededSearch.Space<TextEdit> {

    /** What the edits put into a key: characters of keys, a space, and the separators a parser may split at. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_- ,;=";

    private final String key;

    KeySpace(String key) {
        this.key = key;
    }

    String keyOf(SeededSearch.Candidate<TextEdit> candidate) {
        return TextEdit.applyAll(key, candidate.edits());
    }

    @Override
    public SeededSearch.Candidate<TextEdit> draw(Random random) {
        List<TextEdit> edits = new ArrayList<>();
        for (int i = SeededSearch.editCount(random); i > 0; i--) {
            TextEdit.Kind[] kinds = TextEdit.Kind.values();
            edits.add(new TextEdit(kinds[random.nextInt(kinds.length)], random.nextInt(key.length() + 1),
                    ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
        }
        return new SeededSearch.Candidate<>(0, edits);
    }

    /** Not the key itself, nor the key with the whitespace HTTP strips around it, and nothing a header cannot carry. */
    @Override
    public boolean admissible(SeededSearch.Candidate<TextEdit> candidate) {
        String edited = keyOf(candidate);
        return !edited.strip().equals(key) && !edited.isEmpty() && edited.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    @Override
    public String shown(SeededSearch.Candidate<TextEdit> candidate) {
        return "the configured API key with " + edits(candidate);
    }

    @Override
    public String edits(SeededSearch.Candidate<TextEdit> candidate) {
        return candidate.edits().stream().map(edit -> edit.words("key")).collect(Collectors.joining(", "))
                + " (" + candidate.edits().size() + (candidate.edits().size() == 1 ? " edit)" : " edits)");
    }
}
