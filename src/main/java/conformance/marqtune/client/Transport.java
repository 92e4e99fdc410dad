package conformance.marqtune.client;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Timeouts;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import io.restassured.RestAssured;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.ConnectionClosedException;
import org.apache.http.MalformedChunkCodingException;
import org.apache.http.TruncatedChunkException;
import org.apache.http.impl.client.AbstractHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.SystemDefaultHttpClient;

/**
 * Sends one request and reads its whole answer within the deadline; with {@link RequestTemplate}, the only class that
 * touches REST Assured. No redirect, decoding or retry here, and a passed deadline shuts the connection from outside,
 * so that a server trickling bytes cannot hold the run.
 */
@SuppressWarnings("deprecation") // REST Assured's client factory is typed with Apache's 4.x client classes
final class Transport implements AutoCloseable {

    /** The longest line of a response head, and the most header fields, a client reads before it gives up on the answer. */
    static final int MAX_HEADER_LINE = 16 * 1024;
    static final int MAX_HEADERS = 200;
    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int DEADLINE_PASSED = 2;

    private final Duration requestDeadline;
    private final RequestTemplate template;
    /** One client per sending thread: the deadline can shut its connections without touching another thread's. */
    private final ThreadLocal<AbstractHttpClient> clients = ThreadLocal.withInitial(this::newClient);
    /** Every client made, so that {@link #close()} can shut their connections whatever thread made them. */
    private final Queue<AbstractHttpClient> made = new ConcurrentLinkedQueue<>();

    Transport(RequestTemplate template) {
        this.template = template;
        this.requestDeadline = template.timeouts().requestDeadline();
    }

    /**
     * Pays REST Assured's start-up on the calling thread with one request to a throwaway listener, never the target. A
     * bare socket, not the JDK's HTTP server: that reads its settings once, and the simulator's (TCP_NODELAY) must be
     * the ones read.
     */
    static void warmUp() {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            Thread answering = new Thread(() -> answerOnce(listener), "rest-assured-warm-up-listener");
            answering.setDaemon(true);
            answering.start();
            Timeouts timeouts = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
            Target itself = Target.simulator(URI.create("http://127.0.0.1:" + listener.getLocalPort()), new Secret("warm-up-only"),
                    new Secret("warm-up-too"), "none");
            try (Transport transport = new Transport(new RequestTemplate(itself, timeouts))) {
                transport.send(ApiRequest.get("/warm-up", "the warm-up").withField(HeaderField.plain("Accept", "application/json")), 1024);
            }
        } catch (IOException e) {
            // no warm-up: the run's first request pays the start-up, as it would anyway
        }
    }

    private static void answerOnce(ServerSocket listener) {
        try (Socket connection = listener.accept()) {
            connection.getInputStream().read(new byte[8192]);
            connection.getOutputStream().write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the warm-up's request fails, and REST Assured has started all the same
        }
    }

    /** Sends {@code request} once, exactly as it is ({@link ExactRequestHead}), reading at most {@code maxBytes}. */
    Attempt send(ApiRequest request, long maxBytes) {
        AbstractHttpClient client = clients.get();
        // RUNNING until one side wins: the request finishing, or the deadline shutting its connections
        AtomicInteger state = new AtomicInteger(RUNNING);
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(() -> {
            if (state.compareAndSet(RUNNING, DEADLINE_PASSED)) {
                client.getConnectionManager().shutdown();
            }
        }, CompletableFuture.delayedExecutor(requestDeadline.toMillis(), TimeUnit.MILLISECONDS));
        long sent = System.nanoTime();
        try {
            RequestSpecification spec = RestAssured.given(template.base());
            request.fields().forEach(field -> spec.header(field.name(), field.value()));
            URI url = URI.create(template.target().baseUrl() + request.routeAndQuery());
            // REST Assured writes every method in upper case and lets its client tidy the path: the line it would send
            // is replaced, on the wire, by the request's own (ExactRequestHead)
            Response response = template.sendWith(client, ExactRequestHead.of(request, url, template.target().proxy().isPresent()),
                    () -> spec.request(request.method().toUpperCase(java.util.Locale.ROOT), template.target().baseUrl() + "/"));
            // the body is read here, inside the deadline and up to the limit: REST Assured would read it all, later
            byte[] body = readAtMost(response, maxBytes);
            if (body.length > maxBytes && state.compareAndSet(RUNNING, FINISHED)) {
                client.getConnectionManager().shutdown(); // the rest is never read: not even to reuse the connection
                clients.remove();
                return Attempt.tooLarge(response.getStatusCode(), headers(response), since(sent));
            }
            if (state.compareAndSet(RUNNING, FINISHED)) {
                return Attempt.answered(response.getStatusCode(), headers(response), body, since(sent));
            }
            return deadlinePassed(sent);
        } catch (Exception failure) {
            if (!state.compareAndSet(RUNNING, FINISHED)) {
                return deadlinePassed(sent); // whatever the exception, its cause is the connection shut from outside
            }
            if (!isTransportFailure(failure)) {
                throw failure instanceof RuntimeException unexpected ? unexpected : new IllegalStateException(failure);
            }
            return Attempt.failed(TransportFailure.describe(failure), isBodyCutShort(failure), since(sent));
        } finally {
            deadline.cancel(false);
            if (state.get() == DEADLINE_PASSED) {
                clients.remove(); // its connections were shut: the next request on this thread gets a new client
            }
        }
    }

    @Override
    public void close() {
        for (AbstractHttpClient client = made.poll(); client != null; client = made.poll()) {
            client.getConnectionManager().shutdown();
        }
    }

    /** The body, or its first {@code maxBytes} and one more byte when it is longer: never more in memory. */
    private static byte[] readAtMost(Response response, long maxBytes) throws IOException {
        InputStream in = response.asInputStream();
        byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (read.length <= maxBytes) {
            in.close();
        }
        return read;
    }

    private Attempt deadlinePassed(long sent) {
        return Attempt.failed("no complete response within the request deadline of " + requestDeadline.toMillis() + " ms",
                false, since(sent));
    }

    private static Duration since(long sent) {
        return Duration.ofNanos(System.nanoTime() - sent);
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.merge(header.getName(), header.getValue(), (first, next) -> first + ", " + next);
        }
        return headers;
    }

    /** Whether no HTTP response came back at all: every such cause is an {@link IOException} somewhere in the chain. */
    static boolean isTransportFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the head of the response had arrived and its body then stopped short of its announced end. */
    static boolean isBodyCutShort(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectionClosedException || cause instanceof TruncatedChunkException
                    || cause instanceof MalformedChunkCodingException) {
                return true;
            }
        }
        return false;
    }

    /** Apache's client would silently resend after some failures: resends are {@link ResendPolicy}'s decision alone. */
    private AbstractHttpClient newClient() {
        AbstractHttpClient client = new SystemDefaultHttpClient();
        client.setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
        client.addRequestInterceptor(template.exactRequestHead());
        made.add(client);
        return client;
    }
}
