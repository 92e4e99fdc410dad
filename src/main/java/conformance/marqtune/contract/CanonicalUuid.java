package conformance.marqtune.contract;

/**
 * The suite's rule for model ids, written here and nowhere else in the suite (the simulator has its own, so that
 * a mistake in either is caught by the other): an id is a UUID only in its canonical text form, 36 ASCII
 * characters, hexadecimal digits in groups of 8-4-4-4-12 joined by hyphens, in either case (RFC 9562); two ids
 * name the same model when they are the same UUID, case aside.
 */
public final class CanonicalUuid {

    private static final int[] HYPHENS = {8, 13, 18, 23};

    private CanonicalUuid() {
    }

    public static boolean matches(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0, hyphen = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (hyphen < HYPHENS.length && i == HYPHENS[hyphen]) {
                if (c != '-') {
                    return false;
                }
                hyphen++;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** Both canonical, and equal but for case. */
    public static boolean same(String a, String b) {
        return matches(a) && matches(b) && a.equalsIgnoreCase(b);
    }
}
