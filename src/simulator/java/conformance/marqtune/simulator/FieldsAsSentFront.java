package conformance.marqtune.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A bare HTTP/1.1 front for deviations that read a field as sent: the JDK's server strips values and folds names first,
 * as HTTP lets a server do. One request a connection; no TLS, no endless bodies.
 */
final class FieldsAsSentFront implements AutoCloseable {

    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket socket;
    private final ExecutorService workers;
    private final GetModelService service;

    private FieldsAsSentFront(ServerSocket socket, ExecutorService workers, GetModelService service) {
        this.socket = socket;
        this.workers = workers;
        this.service = service;
    }

    static FieldsAsSentFront start(GetModelService service, int port) {
        try {
            ServerSocket socket = new ServerSocket(port, 64, InetAddress.getLoopbackAddress());
            ExecutorService workers = Executors.newFixedThreadPool(16, runnable -> {
                Thread thread = new Thread(runnable, "marqtune-simulator-fields-as-sent");
                thread.setDaemon(true);
                return thread;
            });
            FieldsAsSentFront front = new FieldsAsSentFront(socket, workers, service);
            workers.submit(front::accept);
            return front;
        } catch (IOException e) {
            throw new IllegalStateException("the simulator could not bind 127.0.0.1:" + port, e);
        }
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing to do
        }
        workers.shutdownNow();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                workers.submit(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            List<String> lines = head(in);
            if (lines.isEmpty()) {
                return;
            }
            String[] requestLine = lines.get(0).split(" ", 3);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            List<SimulatorRequest.Field> asSent = new ArrayList<>();
            long bodyLength = 0;
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String name = line.substring(0, colon);
                    String value = line.substring(colon + 1);
                    asSent.add(new SimulatorRequest.Field(name, value));
                    fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value.strip());
                    if (name.equalsIgnoreCase("Content-Length")) {
                        bodyLength = Long.parseLong(value.strip());
                    }
                }
            }
            in.skipNBytes(bodyLength);
            service.simulateRoundTrip();
            SimulatorRequest request = new SimulatorRequest(requestLine[0], requestLine.length > 1 ? requestLine[1] : "", fields,
                    service.settings().decodesPercentEncoding(), asSent);
            answer(connection.getOutputStream(), request, service.handle(request));
        } catch (IOException | RuntimeException dropped) {
            // the connection is closed; the client sees a transport failure, which is what it is
        }
    }

    /** Up to the empty line that ends the head; empty when the connection closed first. */
    private static List<String> head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (head.size() < MAX_HEAD) {
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

    private static void answer(OutputStream out, SimulatorRequest request, SimulatorReply reply) throws IOException {
        boolean bodiless = "HEAD".equalsIgnoreCase(request.method()) || reply.body().length == 0;
        StringBuilder head = new StringBuilder("HTTP/1.1 " + reply.status() + " " + reason(reply.status()) + "\r\n");
        reply.contentType().ifPresent(type -> head.append("Content-Type: ").append(type).append("\r\n"));
        reply.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(bodiless ? 0 : Math.max(0, reply.declaredLength())).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!bodiless) {
            out.write(reply.body());
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            default -> "Status " + status;
        };
    }
}
