package conformance.marqtune.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bare HTTP/1.1 server on 127.0.0.1 that records the head of every request exactly as it came, line by line,
 * and answers each with one fixed JSON response and {@code Connection: close}: how a test sees what a client put on
 * the wire, the request line and every field line untouched.
 */
public final class RecordingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<List<String>> heads = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public RecordingServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "recording-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** Every request head received so far, in order: the request line, then each field line as sent. */
    public List<List<String>> heads() {
        return List.copyOf(heads);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                List<String> head = head(connection.getInputStream());
                if (!head.isEmpty()) {
                    heads.add(head);
                }
                connection.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 56\r\n"
                        + "Connection: close\r\n\r\n{\"statusCode\":400,\"body\":{\"message\":\"Invalid model id\"}}")
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closed) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static List<String> head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (head.size() < 64 * 1024) {
            int b = in.read();
            if (b < 0) {
                return List.of();
            }
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return List.of(text.substring(0, text.length() - 4).split("\r\n"));
            }
        }
        return List.of();
    }
}
