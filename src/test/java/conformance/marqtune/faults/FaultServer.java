package conformance.marqtune.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Servers that misbehave below HTTP, on 127.0.0.1, for the suite's tests of transport failures:
 * one that accepts and never answers, one that resets every connection, one that speaks something
 * that is not HTTP, one that resets the first connection and answers later ones, and a closed port.
 */
public final class FaultServer implements AutoCloseable {

    /** What the server does with one accepted connection; {@code index} counts connections from 1. */
    @FunctionalInterface
    interface Behaviour {
        void serve(Socket connection, int index) throws IOException;
    }

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private FaultServer(Behaviour behaviour) {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    open.add(connection);
                    behaviour.serve(connection, connections.incrementAndGet());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "fault-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Accepts connections, reads the request, and never writes a byte. */
    public static FaultServer neverAnswers() {
        return new FaultServer((connection, index) -> readRequest(connection));
    }

    /** Reads the request, then resets the connection (RST, not FIN). */
    public static FaultServer resetsConnections() {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            reset(connection);
        });
    }

    /** Answers every request with a line that is not HTTP, then closes. */
    public static FaultServer speaksGarbage() {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            OutputStream out = connection.getOutputStream();
            out.write("SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            connection.close();
        });
    }

    /** Resets the first connection and answers every later one with {@code status} and a JSON body. */
    public static FaultServer resetsOnceThenAnswers(int status, String json) {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            if (index == 1) {
                reset(connection);
                return;
            }
            answer(connection, status, json);
        });
    }

    /** Answers every request with {@code status} and a JSON body: a server that is reachable but failing. */
    public static FaultServer answers(int status, String json) {
        return answers(status, json, "");
    }

    /** The same, with one more header line, such as {@code Retry-After: 10}. */
    public static FaultServer answers(int status, String json, String header) {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            answer(connection, status, json, header);
        });
    }

    /**
     * Answers every request as if the connection stayed open (no {@code Connection: close}), then closes it:
     * a server whose idle timeout is zero, which is its right.
     */
    public static FaultServer answersThenClosesWithoutSaying(int status, String json) {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            answer(connection, status, json, "", false);
        });
    }

    /** Sends a status line and headers promising 1,000 bytes, then one byte every 50 ms: no read of 400 ms or more times out. */
    public static FaultServer tricklesSlowly() {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            writeInBackground(connection, "fault-server-trickle", out -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 1000 && !connection.isClosed(); i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(50);
                }
            });
        });
    }

    /** Sends a status line and headers promising 100 bytes, then 10 bytes, then closes. */
    public static FaultServer cutsBodyShort() {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"statusCo")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            connection.close();
        });
    }

    /** Answers 200 with a chunked JSON body that never ends: a target that would fill any memory. */
    public static FaultServer sendsAnEndlessBody() {
        return streams(-1);
    }

    /** Answers 200 with a JSON body of {@code bytes} bytes under its Content-Length, written as fast as it is read. */
    public static FaultServer sendsABodyOf(long bytes) {
        return streams(bytes);
    }

    private static FaultServer streams(long bytes) {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            writeInBackground(connection, "fault-server-stream", out -> {
                String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        + (bytes < 0 ? "Transfer-Encoding: chunked" : "Content-Length: " + bytes) + "\r\n\r\n";
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                byte[] block = ("{\"statusCode\":200,\"body\":\"" + "x".repeat(65_000)).getBytes(StandardCharsets.US_ASCII);
                for (long sent = 0; bytes < 0 || sent < bytes; sent += block.length) {
                    int length = bytes < 0 ? block.length : (int) Math.min(block.length, bytes - sent);
                    if (bytes < 0) {
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(block, 0, length);
                    if (bytes < 0) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                out.flush();
            });
        });
    }

    /** Answers 200 with a header line of {@code bytes} bytes before any body: a head that would fill any memory. */
    public static FaultServer sendsAHugeHeader(int bytes) {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            writeInBackground(connection, "fault-server-head", out -> {
                out.write("HTTP/1.1 200 OK\r\nX-A: ".getBytes(StandardCharsets.US_ASCII));
                byte[] block = "a".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
                for (int sent = 0; sent < bytes; sent += block.length) {
                    out.write(block);
                }
                out.write("\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            });
        });
    }

    /** Answers the first request with {@code status} and a JSON body, then never answers again: a target that dies. */
    public static FaultServer answersOnceThenGoesSilent(int status, String json) {
        return new FaultServer((connection, index) -> {
            readRequest(connection);
            if (index == 1) {
                answer(connection, status, json);
            }
        });
    }

    /** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
    public static int closedPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** How many connections it accepted: how many times a client tried. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket connection : open) {
                connection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(Socket connection, int status, String json) throws IOException {
        answer(connection, status, json, "");
    }

    private static void answer(Socket connection, int status, String json, String header) throws IOException {
        answer(connection, status, json, header, true);
    }

    /** Answers, then closes the connection: saying so in {@code Connection: close} when {@code saysClose}. */
    private static void answer(Socket connection, int status, String json, String header, boolean saysClose) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " Status\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + (header.isEmpty() ? "" : "\r\n" + header) + (saysClose ? "\r\nConnection: close" : "") + "\r\n\r\n";
        OutputStream out = connection.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        connection.close();
    }

    private static void reset(Socket connection) throws IOException {
        connection.setSoLinger(true, 0);
        connection.close();
    }

    /** Reads up to the blank line that ends the request's headers (the suite's requests have no body). */
    /** What a background writer sends; it may sleep between writes. */
    private interface Writing {
        void to(OutputStream out) throws IOException, InterruptedException;
    }

    /** Writes on a daemon thread, so that a client that stops reading never blocks the acceptor. */
    private static void writeInBackground(Socket connection, String name, Writing writing) {
        Thread writer = new Thread(() -> {
            try {
                writing.to(connection.getOutputStream());
            } catch (IOException | InterruptedException stopped) {
                // the client stopped reading or gave up, as it should
            }
        }, name);
        writer.setDaemon(true);
        writer.start();
    }

    private static void readRequest(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }
}
