package conformance.marqtune.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** The HTTP face of {@link GetModelService}: loopback only, any free port on 0, its URL asked for afterwards. */
public final class SimulatorServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server's separate writes of head and body meet the client's delayed
        // ACK on kept-alive connections: 40 ms a request. Read once, when the JDK's server first loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final GetModelService service;
    /** The bare front that serves instead of the JDK's server, for a deviation that reads fields as they were sent. */
    private final Optional<FieldsAsSentFront> fieldsAsSent;

    private SimulatorServer(HttpServer server, ExecutorService workers, GetModelService service, Optional<FieldsAsSentFront> fieldsAsSent) {
        this.server = server;
        this.workers = workers;
        this.service = service;
        this.fieldsAsSent = fieldsAsSent;
    }

    public static SimulatorServer start(SimulatorSettings settings, int port) {
        return start(settings, port, Optional.empty());
    }

    /** Over HTTPS, with the certificate of {@code tls}: for tests of certificate checks and truststores. */
    public static SimulatorServer startHttps(SimulatorSettings settings, int port, SSLContext tls) {
        return start(settings, port, Optional.of(tls));
    }

    private static SimulatorServer start(SimulatorSettings settings, int port, Optional<SSLContext> tls) {
        GetModelService service = new GetModelService(settings);
        if (settings.deviation().filter(Deviation::readsFieldsAsSent).isPresent()) {
            if (tls.isPresent()) {
                throw new IllegalArgumentException(settings.deviation().get().cliName() + " is served over plain HTTP only");
            }
            return new SimulatorServer(null, null, service, Optional.of(FieldsAsSentFront.start(service, port)));
        }
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            HttpServer server;
            if (tls.isPresent()) {
                HttpsServer https = HttpsServer.create(address, 64);
                https.setHttpsConfigurator(new HttpsConfigurator(tls.get()));
                server = https;
            } else {
                server = HttpServer.create(address, 64);
            }
            ExecutorService workers = Executors.newFixedThreadPool(16, runnable -> {
                Thread thread = new Thread(runnable, "marqtune-simulator");
                thread.setDaemon(true);
                return thread;
            });
            SimulatorServer simulator = new SimulatorServer(server, workers, service, Optional.empty());
            server.createContext("/", simulator::serve);
            server.setExecutor(workers);
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new IllegalStateException("the simulator could not bind 127.0.0.1:" + port, e);
        }
    }

    /** Any free port: what tests use, so that runs never collide. */
    public static SimulatorServer start(SimulatorSettings settings) {
        return start(settings, 0);
    }

    public static SSLContext tls(Path keyStoreFile, String password) {
        try {
            KeyStore keyStore = KeyStore.getInstance(keyStoreFile.toFile(), password.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("could not use " + keyStoreFile + " as the simulator's TLS keystore", e);
        }
    }

    public URI baseUrl() {
        if (fieldsAsSent.isPresent()) {
            return fieldsAsSent.get().baseUrl();
        }
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    public java.util.SortedMap<Long, Integer> requestsPerSecond() {
        return service.requestsPerSecond();
    }

    public int throttledRequests() {
        return service.throttledRequests();
    }

    public List<String> unsafeRequests() {
        return service.unsafeRequests();
    }

    public SimulatorSettings settings() {
        return service.settings();
    }

    @Override
    public void close() {
        fieldsAsSent.ifPresent(FieldsAsSentFront::close);
        if (server != null) {
            server.stop(0);
            workers.shutdownNow();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange; InputStream requestBody = exchange.getRequestBody()) {
            requestBody.readAllBytes();
            service.simulateRoundTrip();
            // the target as sent: the JDK's URI keeps the text it parsed, where its path would read //models as an authority
            SimulatorRequest request = new SimulatorRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), service.settings().decodesPercentEncoding());
            SimulatorReply reply = service.handle(request);
            reply.contentType().ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            // HEAD, in whatever case the client wrote it: the JDK's server sends no body to it either way
            boolean bodiless = "HEAD".equalsIgnoreCase(request.method()) || reply.body().length == 0;
            boolean endless = reply.declaredLength() == SimulatorReply.ENDLESS;
            exchange.sendResponseHeaders(reply.status(), bodiless ? -1 : endless ? 0 : reply.declaredLength());
            if (!bodiless) {
                try (OutputStream out = exchange.getResponseBody()) {
                    do {
                        out.write(reply.body());
                    } while (endless && !Thread.currentThread().isInterrupted());
                    // a body shorter than its Content-Length: what was written goes out before the server, finding the
                    // length unmet, closes the connection (a JDK's server may otherwise drop the whole answer)
                    out.flush();
                }
            }
        }
    }
}
