package conformance.marqtune.simulator;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The simulator's own rule for ids, apart from the suite's so that a mistake in either shows as a disagreement:
 * canonical text form only, either case; stored and looked up in lower case.
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
