package conformance.marqtune.inputs;

import conformance.marqtune.contract.Expected;
import java.util.Optional;

/** One near-miss sent, as the report's table shows it: the input readable, a key only as a shell expression. */
public record NearMissOutcome(String input, String family, Expected expected, Optional<String> wrong, boolean answeredInFront,
                              boolean echoedTheKey, String curl) {

    public static final String CSV_HEADER = "input,family,expected,actual,verdict,curl";

    public boolean asDocumented() {
        return wrong.isEmpty();
    }

    public String csv() {
        return String.join(",", quoted(input), quoted(family), quoted(expected.label()), quoted(wrong.orElse("as expected")),
                asDocumented() ? "as documented" : "NOT as documented", quoted(curl));
    }

    /** What a terminal would not show, as an escape: backslash-t, or backslash-u and four digits. */
    public static String readable(String text) {
        StringBuilder readable = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\t') {
                readable.append("\\t");
            } else if (c < 0x20 || c == 0x7f || Character.isSpaceChar(c) && c != ' ') {
                readable.append(String.format("\\u%04x", (int) c));
            } else {
                readable.append(c);
            }
        }
        return readable.toString();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
