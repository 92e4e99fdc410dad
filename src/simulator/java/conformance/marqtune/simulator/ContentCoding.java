package conformance.marqtune.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How answers may be compressed: never (the default), always in gzip (RFC 9110, 12.5.3 allows it when no
 * Accept-Encoding is named, and a CDN does it anyway), or only in an accepted coding, deflate first.
 */
public enum ContentCoding {
    NONE, ALWAYS, WHEN_ASKED;

    SimulatorReply apply(SimulatorRequest request, SimulatorReply reply) {
        if (this == NONE || reply.body().length == 0 || reply.declaredLength() != reply.body().length) {
            return reply;
        }
        String accepted = String.join(",", request.header("accept-encoding")).toLowerCase(Locale.ROOT);
        if (this == ALWAYS || accepted.contains("gzip") && !accepted.contains("deflate")) {
            return reply.withBody(gzip(reply.body())).withHeader("Content-Encoding", "gzip");
        }
        return accepted.contains("deflate") ? reply.withBody(deflate(reply.body())).withHeader("Content-Encoding", "deflate") : reply;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
