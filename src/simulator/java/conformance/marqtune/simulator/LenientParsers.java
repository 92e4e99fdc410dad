package conformance.marqtune.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** What popular UUID parsers read as a UUID, each as a function to the UUID it makes (empty where it refuses). */
final class LenientParsers {

    private LenientParsers() {
    }

    /** {@code java.util.UUID.fromString}: groups shorter than their width, a '+' sign, any Unicode digit. */
    static Optional<String> java(String id) {
        try {
            return Optional.of(UUID.fromString(id).toString());
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    /** PostgreSQL's {@code uuid} input: optional braces around, a hyphen after any group of four digits, or none. */
    static Optional<String> postgres(String id) {
        String text = id.startsWith("{") && id.endsWith("}") && id.length() > 1 ? id.substring(1, id.length() - 1) : id;
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiHex(c)) {
                hex.append(c);
            } else if (c != '-' || hex.length() == 0 || hex.length() % 4 != 0 || text.charAt(i - 1) == '-' || i == text.length() - 1) {
                return Optional.empty();
            }
        }
        return fromHex(hex.toString());
    }

    /** .NET's {@code Guid.Parse}: the N, D, B, P and X formats, whitespace around any of them. */
    static Optional<String> dotnet(String id) {
        String text = id.strip();
        if (text.matches("\\{[0-9a-fA-F-]{36}}") || text.matches("\\([0-9a-fA-F-]{36}\\)")) {
            text = text.substring(1, text.length() - 1);
        }
        if (Uuids.isCanonical(text)) {
            return Optional.of(text.toLowerCase(Locale.ROOT));
        }
        if (text.matches("[0-9a-fA-F]{32}")) {
            return fromHex(text);
        }
        var x = java.util.regex.Pattern.compile("\\{0[xX]([0-9a-fA-F]{8}),0[xX]([0-9a-fA-F]{4}),0[xX]([0-9a-fA-F]{4}),"
                + "\\{((?:0[xX][0-9a-fA-F]{2},){7}0[xX][0-9a-fA-F]{2})}}").matcher(text);
        return x.matches() ? fromHex(x.group(1) + x.group(2) + x.group(3) + x.group(4).replaceAll("0[xX]|,", "")) : Optional.empty();
    }

    /** Python's {@code uuid.UUID(str)}: 'urn:' and 'uuid:' removed, braces stripped, hyphens anywhere, any Unicode digit. */
    static Optional<String> python(String id) {
        String text = id.replace("urn:", "").replace("uuid:", "").replaceAll("^[{}]+|[{}]+$", "").replace("-", "");
        if (text.length() != 32) {
            return Optional.empty();
        }
        StringBuilder hex = new StringBuilder();
        for (char c : text.toCharArray()) {
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                return Optional.empty();
            }
            hex.append(Character.forDigit(digit, 16));
        }
        return fromHex(hex.toString());
    }

    /** {@code String.strip()} before validating: whitespace around the id is dropped. */
    static Optional<String> trimmed(String id) {
        String text = id.strip();
        return Uuids.isCanonical(text) ? Optional.of(text) : Optional.empty();
    }

    /** The id percent-decoded once more than HTTP does it: {@code %252D} becomes a hyphen. */
    static Optional<String> decodedTwice(String id) {
        try {
            String text = URLDecoder.decode(id.replace("+", "%2B"), StandardCharsets.UTF_8);
            return Uuids.isCanonical(text) ? Optional.of(text) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Whether {@code id} is a UUID of a version (1 to 8) and variant (8 to b) that the npm uuid package's validate knows. */
    static boolean npmValidates(String id) {
        return id.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
                || id.matches("0{8}-0{4}-0{4}-0{4}-0{12}") || id.matches("(?i)f{8}-f{4}-f{4}-f{4}-f{12}");
    }

    private static Optional<String> fromHex(String hex) {
        if (!hex.matches("[0-9a-fA-F]{32}")) {
            return Optional.empty();
        }
        String lower = hex.toLowerCase(Locale.ROOT);
        return Optional.of(lower.substring(0, 8) + "-" + lower.substring(8, 12) + "-" + lower.substring(12, 16) + "-"
                + lower.substring(16, 20) + "-" + lower.substring(20));
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
