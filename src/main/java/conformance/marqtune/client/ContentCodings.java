package conformance.marqtune.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Content codings undone in reverse of the order {@code Content-Encoding} lists them (RFC 9110, 8.4); {@code deflate}
 * with or without its zlib wrapper, as common clients read it. The cap applies to the decoded bytes, so that a small
 * body that decodes to gigabytes is stopped too.
 */
final class ContentCodings {

    static final String ACCEPTED = conformance.marqtune.request.ApiRequest.ACCEPTED_CODINGS;

    private ContentCodings() {
    }

    /** {@code coding}: the Content-Encoding header as it came; {@code undecodable}: a coding this client lacks. */
    record Decoded(byte[] body, String coding, Optional<String> undecodable, boolean tooLarge, Optional<String> corrupt) {
    }

    static Decoded decode(Map<String, String> headers, byte[] body, long maxBytes) {
        String header = headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("Content-Encoding"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        List<String> codings = new ArrayList<>(Arrays.stream(header.split(",")).map(coding -> coding.strip().toLowerCase(Locale.ROOT))
                .filter(coding -> !coding.isEmpty() && !coding.equals("identity")).toList());
        byte[] decoded = body;
        // an answer to HEAD names the coding its GET would come in, with no body to undo it on
        if (body.length == 0) {
            return new Decoded(body, header, Optional.empty(), false, Optional.empty());
        }
        for (int i = codings.size() - 1; i >= 0; i--) {
            String coding = codings.get(i);
            try {
                decoded = switch (coding) {
                    case "gzip", "x-gzip" -> readAtMost(new GZIPInputStream(new ByteArrayInputStream(decoded)), maxBytes);
                    case "deflate" -> inflated(decoded, maxBytes);
                    default -> null;
                };
            } catch (IOException corrupt) {
                return new Decoded(new byte[0], header, Optional.empty(), false,
                        Optional.of("the body does not decode as " + coding + ": " + (corrupt instanceof java.io.EOFException
                                ? "it ends before its end (cut short)" : corrupt.getMessage())));
            }
            if (decoded == null) {
                return new Decoded(new byte[0], header, Optional.of(coding), false, Optional.empty());
            }
            if (decoded.length > maxBytes) {
                return new Decoded(new byte[0], header, Optional.empty(), true, Optional.empty());
            }
        }
        return new Decoded(decoded, header, Optional.empty(), false, Optional.empty());
    }

    /** {@code deflate} as servers send it: in a zlib wrapper (RFC 1950), as HTTP says, or raw (RFC 1951), as some do. */
    private static byte[] inflated(byte[] body, long maxBytes) throws IOException {
        try {
            return readAtMost(new InflaterInputStream(new ByteArrayInputStream(body)), maxBytes);
        } catch (IOException notZlib) {
            return readAtMost(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), maxBytes);
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        try (in) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
    }
}
