package conformance.marqtune.contract;

/**
 * The suite's one rule for model ids (the simulator has its own, so that a mistake in either is caught by the other): a
 * UUID only in canonical form, 36 ASCII characters, hex digits in groups of 8-4-4-4-12 joined by hyphens, in either
 * case (RFC 9562).
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

    public static boolean same(String a, String b) {
        return matches(a) && matches(b) && a.equalsIgnoreCase(b);
    }
}
