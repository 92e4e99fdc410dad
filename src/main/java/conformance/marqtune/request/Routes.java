package conformance.marqtune.request;

import java.nio.charset.StandardCharsets;

/** The routes of the API below the base URL, as raw paths, and the escaping a careful client does for one segment. */
public final class Routes {

    public static final String MODELS = "/models";
    /** What a path segment may carry as written (RFC 3986's unreserved characters, the sub-delimiters but the quote, ':' and '@'). */
    private static final String ALLOWED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,;=:@";

    private Routes() {
    }

    public static String model(String modelId) {
        return MODELS + "/" + segment(modelId);
    }

    /**
     * What a segment may carry stays as written (so that {@code ..} and an existing {@code %2F} reach the server as
     * given); anything else, a slash, a space, a quote, non-ASCII, is percent-encoded.
     */
    public static String segment(String value) {
        StringBuilder escaped = new StringBuilder();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean existingEscape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if ((b < 0x80 && ALLOWED.indexOf(b) >= 0) || existingEscape) {
                escaped.append((char) b);
            } else {
                escaped.append('%').append(String.format("%02X", b));
            }
        }
        return escaped.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
