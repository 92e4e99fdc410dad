package conformance.marqtune.ids;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for model ids, shared by the suite and the simulator: an id is a UUID only in its
 * canonical text form (36 ASCII characters, hexadecimal digits in groups of 8-4-4-4-12 joined by
 * hyphens, either case), and two ids name the same model when they are the same UUID, case ignored.
 */
public final class ModelIds {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ModelIds() {
    }

    /** Whether {@code text} is a UUID in its canonical text form, in either case. */
    public static boolean isCanonical(String text) {
        return text != null && CANONICAL.matcher(text).matches();
    }

    /** Whether {@code a} and {@code b} name the same model: both canonical UUIDs, equal but for case. */
    public static boolean sameModel(String a, String b) {
        return isCanonical(a) && isCanonical(b) && a.equalsIgnoreCase(b);
    }

    /** How an id is stored and looked up: canonical ids in lower case, any other text as it is. */
    public static String lookupKey(String id) {
        return isCanonical(id) ? id.toLowerCase(Locale.ROOT) : id;
    }
}
