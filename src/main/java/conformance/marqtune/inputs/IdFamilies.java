package conformance.marqtune.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import conformance.marqtune.request.ApiRequest;

/**
 * Near-misses of a model id, as data: every rule of the canonical form broken once, and what popular UUID parsers read
 * as a UUID. Variants alternate between the model's own id (so that a server that normalises an id and finds the model
 * is caught) and a random UUID; a family of one variant is sent from the model's id, which catches a lenient reading
 * either way.
 */
public final class IdFamilies {

    public static final List<RequestFamily> FAMILIES = List.of(
            ids("with a group one digit short", "java.util.UUID.fromString reads a short group as one with a leading zero",
                    seed -> perGroup(seed, (group, digits) -> digits.substring(1))),
            ids("with a group one digit long", "a validator that counts digits loosely",
                    seed -> perGroup(seed, (group, digits) -> digits + digits.charAt(0))),
            ids("with a hyphen missing", "PostgreSQL's uuid input, Python's uuid.UUID: hyphens are optional",
                    seed -> perHyphen(seed, (text, at) -> text.substring(0, at) + text.substring(at + 1))),
            ids("with a hyphen moved by one digit", "Python's uuid.UUID drops hyphens wherever they are",
                    seed -> perHyphen(seed, (text, at) -> text.substring(0, at) + text.charAt(at + 1) + "-" + text.substring(at + 2))),
            ids("with a hyphen doubled", "Python's uuid.UUID drops every hyphen",
                    seed -> perHyphen(seed, (text, at) -> text.substring(0, at) + "-" + text.substring(at))),
            ids("with a letter that is not a hexadecimal digit", "a parser that reads digits until the first it cannot",
                    seed -> perGroup(seed, (group, digits) -> "g" + digits.substring(1))),
            ids("with a digit that is not ASCII", "java.util.UUID.fromString and Python's int() read any Unicode digit",
                    seed -> List.of(replaceFirstDigit(seed, '\uFF10'), replaceFirstDigit(seed, '\u0660'))),
            ids("with whitespace or a NUL around it", ".NET's Guid.Parse and String.strip() drop it; a C string ends at a NUL",
                    seed -> List.of(" " + seed, seed + "\t", seed + "\u0000")),
            ids("with whitespace or a control character inside", "a sanitiser that drops what it does not expect",
                    seed -> List.of(seed.substring(0, 9) + " " + seed.substring(9), seed.substring(0, 14) + "\u0000" + seed.substring(14))),
            ids("with percent-encoding a server decodes twice", "a path decoded once by the proxy and once by the service",
                    seed -> List.of(seed.substring(0, 8) + "%252D" + seed.substring(9), "%257B" + seed + "%257D")),
            ids("with a dot at its end", "IIS and ASP.NET on Windows drop the dots at the end of a path segment",
                    seed -> List.of(seed + ".", seed + "...")),
            ids("with a line break at its end",
                    "a validator whose pattern ends in $, which Java's find(), Python's re, PHP's preg_match, Perl and Ruby also match "
                            + "before a final line break",
                    seed -> List.of(seed + "\n", seed + "\r\n")),
            ids("that is empty", "a router that reads /models/ as the listing: Express with strict routing off, Spring's trailing-slash match",
                    seed -> List.of("")),
            ids("of more than 36 characters", "a lookup by prefix, a column that truncates, or a suffix read as a format (Spring's suffix pattern match)",
                    seed -> List.of(seed + "0", seed + seed, seed + ".json")),

            // what popular UUID parsers accept besides the canonical form
            ids("with a group's leading zero dropped", "java.util.UUID.fromString",
                    seed -> perLeadingZero(seed, rest -> rest)),
            ids("with a group's leading zero written as '+'", "java.util.UUID.fromString (Long.parseLong takes a sign)",
                    seed -> perLeadingZero(seed, rest -> "+" + rest)),
            ids("in braces", "PostgreSQL's uuid input, .NET's Guid.Parse (format B), Python's uuid.UUID",
                    seed -> List.of("{" + seed + "}")),
            ids("in parentheses", ".NET's Guid.Parse (format P)",
                    seed -> List.of("(" + seed + ")")),
            ids("of 32 digits without hyphens", "PostgreSQL's uuid input, .NET's Guid.Parse (format N), Python's uuid.UUID",
                    seed -> List.of(seed.replace("-", ""))),
            ids("with a hyphen after every four digits", "PostgreSQL's uuid input",
                    seed -> List.of(seed.replace("-", "").replaceAll("(.{4})(?!$)", "$1-"))),
            ids("written as a structure of hexadecimal numbers", ".NET's Guid.Parse (format X)",
                    seed -> List.of(hexStructure(seed))),
            ids("with a urn:uuid: or uuid: prefix", "Python's uuid.UUID",
                    seed -> List.of("urn:uuid:" + seed, "uuid:" + seed.replace("-", ""))),
            ids("with a brace on one side, or two", "Python's uuid.UUID strips braces from both ends",
                    seed -> List.of("{" + seed, "{{" + seed + "}")),

            // canonical forms: a UUID, which names no model (R5) or exactly the one it is (R1)
            ids("with the first, the version or the last digit changed", "a lookup by prefix or suffix, or one that ignores the version",
                    seed -> List.of(changedDigit(seed, 0), changedDigit(seed, 14), changedDigit(seed, 35))),
            ids("with a version and a variant no RFC defines", "the npm uuid package's validate() refuses them",
                    seed -> List.of(seed.substring(0, 14) + "0" + seed.substring(15, 19) + "c" + seed.substring(20))));

    private IdFamilies() {
    }

    private static RequestFamily ids(String title, String standsFor, Function<String, List<String>> variants) {
        return new RequestFamily(title, standsFor, seeds -> {
            List<String> ofModel = variants.apply(seeds.modelId().toLowerCase(Locale.ROOT));
            List<String> ofRandom = variants.apply(seeds.randomId());
            List<FamilyInput> inputs = new ArrayList<>();
            for (int i = 0; i < Math.max(ofModel.size(), ofRandom.size()); i++) {
                boolean model = i % 2 == 0;
                List<String> chosen = model ? ofModel : ofRandom;
                if (i < chosen.size()) {
                    String id = chosen.get(i);
                    inputs.add(new FamilyInput(id.isEmpty() ? "(nothing)" : NearMissOutcome.readable(id),
                            seeds.validKey().appliedTo(ApiRequest.getModel(id, "the configured API key")), model ? "model id" : "random id"));
                }
            }
            return inputs;
        });
    }

    private interface GroupEdit {
        String edit(int group, String digits);
    }

    private interface HyphenEdit {
        String edit(String text, int at);
    }

    private static List<String> perGroup(String seed, GroupEdit edit) {
        String[] groups = seed.split("-");
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            String[] changed = groups.clone();
            changed[i] = edit.edit(i, groups[i]);
            variants.add(String.join("-", changed));
        }
        return variants;
    }

    private static List<String> perHyphen(String seed, HyphenEdit edit) {
        List<String> variants = new ArrayList<>();
        for (int at = seed.indexOf('-'); at >= 0; at = seed.indexOf('-', at + 1)) {
            variants.add(edit.edit(seed, at));
        }
        return variants;
    }

    /** For each group that starts with a zero: the group's other digits, written as {@code rewrite} says. */
    private static List<String> perLeadingZero(String seed, Function<String, String> rewrite) {
        String[] groups = seed.split("-");
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            if (groups[i].startsWith("0")) {
                String[] changed = groups.clone();
                changed[i] = rewrite.apply(groups[i].substring(1));
                variants.add(String.join("-", changed));
            }
        }
        return variants;
    }

    private static String replaceFirstDigit(String seed, char zeroOfAnotherScript) {
        for (int i = 0; i < seed.length(); i++) {
            if (Character.isDigit(seed.charAt(i))) {
                return seed.substring(0, i) + (char) (zeroOfAnotherScript + (seed.charAt(i) - '0')) + seed.substring(i + 1);
            }
        }
        return zeroOfAnotherScript + seed.substring(1);
    }

    private static String changedDigit(String seed, int at) {
        char digit = seed.charAt(at);
        char other = Character.forDigit(Character.digit(digit, 16) ^ 0x8, 16);
        return seed.substring(0, at) + other + seed.substring(at + 1);
    }

    private static String hexStructure(String seed) {
        String hex = seed.replace("-", "");
        StringBuilder bytes = new StringBuilder();
        for (int i = 16; i < 32; i += 2) {
            bytes.append(i == 16 ? "" : ",").append("0x").append(hex, i, i + 2);
        }
        return "{0x" + hex.substring(0, 8) + ",0x" + hex.substring(8, 12) + ",0x" + hex.substring(12, 16) + ",{" + bytes + "}}";
    }
}
