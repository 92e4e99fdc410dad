package conformance.marqtune.inputs;

import java.util.List;

/** One edit of a text (an id, a key): replace, insert or delete one character at a position. */
public record TextEdit(Kind kind, int position, char character) {

    public enum Kind { REPLACE, INSERT, DELETE }

    String applyTo(String text) {
        if (text.isEmpty()) {
            return kind == Kind.INSERT ? String.valueOf(character) : text;
        }
        int at = Math.floorMod(position, kind == Kind.INSERT ? text.length() + 1 : text.length());
        return switch (kind) {
            case REPLACE -> text.substring(0, at) + character + text.substring(at + 1);
            case INSERT -> text.substring(0, at) + character + text.substring(at);
            case DELETE -> text.substring(0, at) + text.substring(at + 1);
        };
    }

    static String applyAll(String text, List<TextEdit> edits) {
        String edited = text;
        for (TextEdit edit : edits) {
            edited = edit.applyTo(edited);
        }
        return edited;
    }

    /** {@code replace at 16 '7'}, {@code delete at 3}. */
    String words(String of) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + of + "[" + position + "]"
                + (kind == Kind.DELETE ? "" : " '" + NearMissOutcome.readable(String.valueOf(character)) + "'");
    }
}
