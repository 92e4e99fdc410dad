package conformance.marqtune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the malformed-wire deviations put on the wire, read as raw bytes from a socket, so that each
 * description holds on every JDK that serves it (the JDK's HTTP server has differed between versions
 * in what it sends when a handler breaks its own Content-Length).
 */
class SimulatorWireTest {

    private static final String KEY = "wire-test-key-0123456789";

    @Test
    void aBodyShorterThanItsLengthSendsTheHeadTheFullLengthAndHalfTheBodyThenCloses() throws IOException {
        Wire wire = get(Deviation.R1_BODY_SHORTER_THAN_ITS_LENGTH, 1 << 16);

        assertThat(wire.head()).startsWith("HTTP/1.1 200");
        int announced = Integer.parseInt(wire.header("content-length"));
        assertThat(wire.body().length).as("bytes of the body before the connection closed").isPositive().isLessThan(announced);
        assertThat(wire.closed()).as("the connection closed before the announced end").isTrue();
    }

    @Test
    void aModelCutShortSendsHalfItsJsonUnderAMatchingLength() throws IOException {
        Wire wire = get(Deviation.R1_CUT_SHORT, 1 << 16);

        assertThat(wire.head()).startsWith("HTTP/1.1 200");
        assertThat(wire.body().length).isEqualTo(Integer.parseInt(wire.header("content-length")));
        assertThat(new String(wire.body(), StandardCharsets.UTF_8)).startsWith("{\"statusCode\":200").doesNotEndWith("}");
    }

    @Test
    void anEndlessBodyGoesOnPastAnyLimit() throws IOException {
        Wire wire = get(Deviation.R1_ENDLESS_BODY, 4 << 20);

        assertThat(wire.head()).startsWith("HTTP/1.1 200");
        assertThat(wire.header("transfer-encoding")).isEqualToIgnoringCase("chunked");
        assertThat(wire.body().length).as("bytes read before the client stopped").isGreaterThanOrEqualTo(4 << 20);
        assertThat(wire.closed()).as("still sending when the client stopped").isFalse();
    }

    /** What came back for one GET of the ready model: the head, up to {@code limit} bytes after it, and whether the peer closed. */
    private record Wire(String head, byte[] body, boolean closed) {
        String header(String name) {
            return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("");
        }
    }

    /** The head's Content-Length, or -1 where it has none. */
    private static long announcedLength(byte[] received, int headEnd) {
        String length = new Wire(new String(received, 0, headEnd, StandardCharsets.ISO_8859_1), new byte[0], false)
                .header("content-length");
        return length.isEmpty() ? -1 : Long.parseLong(length);
    }

    private static Wire get(Deviation deviation, int limit) throws IOException {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withApiKey(KEY).withDeviation(deviation));
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.baseUrl().getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /models/" + SeededModels.READY_MODEL_ID + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: " + KEY
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headEnd = -1;
            long announced = -1;
            boolean closed = false;
            while (received.size() < limit + (headEnd < 0 ? 0 : headEnd + 4)) {
                if (announced >= 0 && received.size() - headEnd - 4 >= announced) {
                    break; // a whole answer of its announced length: the connection stays open for the next request
                }
                int read = in.read(buffer);
                if (read < 0) {
                    closed = true;
                    break;
                }
                received.write(buffer, 0, read);
                if (headEnd < 0) {
                    // the head is read once, when it has arrived: not the whole body again after every read
                    headEnd = received.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
                    announced = headEnd < 0 ? -1 : announcedLength(received.toByteArray(), headEnd);
                }
            }
            byte[] all = received.toByteArray();
            assertThat(headEnd).as("a response head arrived").isPositive();
            byte[] body = java.util.Arrays.copyOfRange(all, headEnd + 4, all.length);
            return new Wire(new String(all, 0, headEnd, StandardCharsets.ISO_8859_1), body, closed);
        }
    }
}
