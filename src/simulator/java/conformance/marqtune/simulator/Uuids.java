package conformance.marqtune.simulator;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The simulator's own rule for model ids, written apart from the suite's so that a mistake in either shows as a
 * disagreement between them: an id is a UUID only in its canonical text form, hexadecimal digits in groups of
 * 8-4-4-4-12 joined by hyphens, in either case; ids are stored and looked up in lower case.
 */
final class Uuids {

    private static final Pattern CANONICAL = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    private Uuids() {
    }

    static boolean isCanonical(String id) {
        return id != null && CANONICAL.matcher(id).matches() && id.chars().allMatch(c -> c < 0x80);
    }

    /** How an id is stored and looked up: canonical ids in lower case, any other text as it is. */
    static String lookupKey(String id) {
        return isCanonical(id) ? id.toLowerCase(Locale.ROOT) : id;
    }

    static boolean same(String a, String b) {
        return isCanonical(a) && isCanonical(b) && a.equalsIgnoreCase(b);
    }
}
