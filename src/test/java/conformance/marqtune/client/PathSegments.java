package conformance.marqtune.client;

import java.nio.charset.StandardCharsets;

/**
 * Escapes a value for one path segment the way a careful client does: what a segment may carry
 * stays as written (so {@code ..} and an existing {@code %2F} reach the server as the scenario wrote
 * them), and everything else, such as a space, a quote or a non-ASCII letter, is percent-encoded.
 */
final class PathSegments {

    private static final String ALLOWED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,;=:@";

    private PathSegments() {
    }

    static String escape(String segment) {
        StringBuilder escaped = new StringBuilder();
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
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
