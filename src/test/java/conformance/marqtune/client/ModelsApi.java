package conformance.marqtune.client;

import conformance.marqtune.configuration.ApiKey;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.TrustStore;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.DecoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.ProxySpecification;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
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
 * The typed client of the Get Model API: the only class that touches REST Assured. It sends what the
 * steps ask for, exactly as asked: no redirect followed; a GET sent again after a transport failure,
 * and any request after a 429, but no other response retried. It refuses anything that could change a
 * live environment's data, and every exchange it attaches to the report is masked.
 */
public final class ModelsApi implements AutoCloseable {

    static final String API_KEY_HEADER = "x-api-key";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int DEADLINE_PASSED = 2;
    /** The Allure label on a test whose request was sent again after a transport failure; the report marks it flaky. */
    public static final String RETRIED_LABEL = "retried-after-transport-failure";
    /** The methods a run may send, and where: what the report's Environment section lists. */
    public static final String METHODS_SENT = ReadOnlyGuard.DESCRIPTION;

    private final URI baseUrl;
    private final ApiKey apiKey;
    private final Optional<ApiKey> foreignApiKey;
    private final int retries;
    /** Everything every request of this client shares: built once, copied by each request. */
    private final RequestSpecification baseRequest;
    private final ExchangeAttachments attachments;
    private final SecretMask mask;
    private final Duration requestDeadline;
    private final Duration readTimeout;
    private final int throttleRetries;
    private final AtomicInteger throttledResponses = new AtomicInteger();
    private final Pacer pacer;
    /**
     * One HTTP client, and so one pool of kept-alive connections, per thread that sends through this
     * ModelsApi: a scenario's thread, or each of the sweep's workers. Per thread, so that the deadline
     * can shut a client's connections without touching another thread's request.
     */
    private final ThreadLocal<AbstractHttpClient> clients = ThreadLocal.withInitial(this::newClient);
    /** Every client made, so that {@link #close()} can shut their connections whatever thread made them. */
    private final Queue<AbstractHttpClient> made = new ConcurrentLinkedQueue<>();

    /** Holds a sender back until its next request may go, as a rate limit does. */
    @FunctionalInterface
    public interface Pacer {
        void awaitTurn();
    }

    public ModelsApi(SuiteConfiguration configuration) {
        this(configuration, () -> { });
    }

    /** A client every attempt of which, retries included, first waits for {@code pacer}. */
    public ModelsApi(SuiteConfiguration configuration, Pacer pacer) {
        this.pacer = pacer;
        this.baseUrl = configuration.requireBaseUrl();
        this.apiKey = configuration.requireApiKey();
        this.foreignApiKey = configuration.foreignApiKey();
        this.retries = configuration.retries();
        int connectMs = Math.toIntExact(configuration.connectTimeout().toMillis());
        int readMs = Math.toIntExact(configuration.readTimeout().toMillis());
        RestAssuredConfig restAssuredConfig = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        // the calling thread's client: its kept-alive connections serve its next request
                        .httpClientFactory(clients::get)
                        .setParam("http.connection.timeout", connectMs)
                        .setParam("http.socket.timeout", readMs)
                        .setParam("http.connection-manager.timeout", (long) connectMs))
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                // no Accept-Encoding and no decoding: the body is judged as the server sent it, and a body
                // that fails to decode is not mistaken for a response that never came
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders())
                .sslConfig(ssl(configuration))
                .logConfig(LogConfig.logConfig().blacklistHeader(API_KEY_HEADER));
        RequestSpecBuilder base = new RequestSpecBuilder()
                .setConfig(restAssuredConfig)
                .setUrlEncodingEnabled(false);
        configuration.proxy().ifPresent(uri -> base.setProxy(ProxySpecification.host(uri.getHost())
                .withPort(uri.getPort()).withScheme("http")));
        this.baseRequest = base.build();
        this.mask = new SecretMask(configuration.secrets());
        this.attachments = new ExchangeAttachments(mask);
        this.requestDeadline = configuration.requestDeadline();
        this.readTimeout = configuration.readTimeout();
        this.throttleRetries = configuration.throttleRetries();
    }

    /** {@code GET /models/{modelId}}; the id is sent as given, with only what a path cannot carry escaped. */
    public ApiResponse getModel(String modelId, Credential credential) {
        return send("GET", "/models/" + PathSegments.escape(modelId), credential, false);
    }

    /** {@code GET /models}: the account's models, used to discover a model when none is configured. */
    public ApiResponse listModels(Credential credential) {
        return send("GET", "/models", credential, false);
    }

    /** A GET to a path below the base URL that is not one of the API's routes. */
    public ApiResponse getPath(String path, Credential credential) {
        return send("GET", path, credential, false);
    }

    /**
     * Sends {@code method} to a model id generated here and now at random, which names no model: the
     * only way this client sends a method other than GET.
     */
    public ApiResponse probeMethod(String method, Credential credential) {
        return send(method, "/models/" + UUID.randomUUID(), credential, true);
    }

    /**
     * Sends one request: again after a transport failure if it is a GET (up to the configured retries),
     * and again after a 429, whatever the method, once the wait the server asks for has passed (the
     * server refused the request unseen; up to the configured throttle retries). Any other response is
     * the answer, however bad.
     */
    private ApiResponse send(String method, String path, Credential credential, boolean targetIsFreshRandomId) {
        ReadOnlyGuard.check(method, targetIsFreshRandomId);
        URI url = URI.create(baseUrl + path);
        Optional<String> key = credential.headerValue(apiKey, foreignApiKey);
        Exchange exchange = new Exchange(method, url, credential, credential.shownAs(key));
        int transportAttempts = "GET".equals(method) ? 1 + retries : 1;
        int transportFailures = 0;
        int throttledInARow = 0;
        for (int attempt = 1; ; attempt++) {
            Attempt sent = sendOnce(method, url, key);
            if (sent.response() == null) {
                attachments.transportFailure(exchange, attempt, sent.failure());
                if (sent.bodyCutShort()) {
                    throw new IncompleteResponse(exchange, sent.failure(), mask);
                }
                if (++transportFailures >= transportAttempts) {
                    throw new TransportFailure(exchange, transportFailures, sent.failure(), mask);
                }
                continue;
            }
            ApiResponse response = apiResponse(exchange, sent.response(), sent.body(), sent.elapsed());
            attachments.response(response, attempt);
            if (response.status() == TOO_MANY_REQUESTS) {
                throttledResponses.incrementAndGet();
                if (++throttledInARow > throttleRetries) {
                    throw new Throttled(exchange, throttledInARow, mask);
                }
                waitAsAsked(response, throttledInARow);
                continue;
            }
            if (transportFailures > 0) {
                attachments.retried();
            }
            return response;
        }
    }

    /** How many responses were 429 Too Many Requests: the coverage ledger reports them. */
    public int throttledResponses() {
        return throttledResponses.get();
    }

    /**
     * Waits as a 429 asks: its {@code Retry-After} (seconds or an HTTP date), else an exponential back-off
     * from 250 ms; never longer than the read timeout. Waiting is what the server asked for, not a guess.
     */
    private void waitAsAsked(ApiResponse throttled, int inARow) {
        Duration backOff = Duration.ofMillis(250L << Math.min(inARow - 1, 10));
        Duration asked = throttled.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Retry-After"))
                .map(header -> retryAfter(header.getValue()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(backOff);
        Duration wait = asked.compareTo(readTimeout) > 0 ? readTimeout : asked;
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out a 429", e);
        }
    }

    static Optional<Duration> retryAfter(String value) {
        String given = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(given))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(Instant.now(), ZonedDateTime.parse(given, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** The outcome of sending once: a response and its whole body, or why none came (and whether its head had come). */
    private record Attempt(Response response, byte[] body, Duration elapsed, String failure, boolean bodyCutShort) {
    }

    /**
     * One request, within the whole-request deadline: past it, the connection is shut from outside, so
     * that a server trickling bytes cannot hold the run beyond it.
     */
    private Attempt sendOnce(String method, URI url, Optional<String> key) {
        pacer.awaitTurn();
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
            RequestSpecification request = RestAssured.given(baseRequest);
            key.ifPresent(value -> request.header(API_KEY_HEADER, value));
            Response response = request.request(method, url);
            // the body is read here, inside the deadline: REST Assured would otherwise read it later, unbounded
            byte[] body = response.asByteArray();
            if (state.compareAndSet(RUNNING, FINISHED)) {
                return new Attempt(response, body, Duration.ofNanos(System.nanoTime() - sent), null, false);
            }
            return deadlinePassed(sent);
        } catch (Exception failure) {
            if (!state.compareAndSet(RUNNING, FINISHED)) {
                return deadlinePassed(sent); // whatever the exception, its cause is the connection shut from outside
            }
            if (!isTransportFailure(failure)) {
                throw failure;
            }
            return new Attempt(null, null, Duration.ofNanos(System.nanoTime() - sent), TransportFailure.describe(failure),
                    isBodyCutShort(failure));
        } finally {
            deadline.cancel(false);
            if (state.get() == DEADLINE_PASSED) {
                clients.remove(); // its connections were shut: the next request on this thread gets a new client
            }
        }
    }

    private Attempt deadlinePassed(long sent) {
        return new Attempt(null, null, Duration.ofNanos(System.nanoTime() - sent),
                "no complete response within the request deadline of " + requestDeadline.toMillis() + " ms", false);
    }

    private ApiResponse apiResponse(Exchange exchange, Response response, byte[] body, Duration elapsed) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.merge(header.getName(), header.getValue(), (first, next) -> first + ", " + next);
        }
        return new ApiResponse(exchange, response.getStatusCode(), headers, new String(body, StandardCharsets.UTF_8), mask, elapsed);
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

    /** Apache's client would silently resend after some failures: retries are this class's decision alone. */
    @SuppressWarnings("deprecation") // REST Assured's factory is typed with Apache's 4.x client classes
    private AbstractHttpClient newClient() {
        AbstractHttpClient client = new SystemDefaultHttpClient();
        client.setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
        made.add(client);
        return client;
    }

    /** Shuts the connections of every client this ModelsApi made: after a scenario, a sweep, a preflight. */
    @Override
    public void close() {
        for (AbstractHttpClient client = made.poll(); client != null; client = made.poll()) {
            client.getConnectionManager().shutdown();
        }
    }

    /**
     * Certificates are verified unless the user turned that off; a configured truststore adds its
     * certificates to the JVM's own, so that a private CA does not cost the public ones.
     */
    private static SSLConfig ssl(SuiteConfiguration configuration) {
        if (configuration.tlsInsecure()) {
            return SSLConfig.sslConfig().relaxedHTTPSValidation();
        }
        return configuration.trustStore()
                .map(trustStore -> SSLConfig.sslConfig().trustStore(withJvmDefaults(trustStore)))
                .orElse(SSLConfig.sslConfig());
    }

    private static KeyStore withJvmDefaults(TrustStore trustStore) {
        try {
            KeyStore combined = KeyStore.getInstance(KeyStore.getDefaultType());
            combined.load(null, null);
            Path jvmDefaults = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
            KeyStore defaults = KeyStore.getInstance(jvmDefaults.toFile(), "changeit".toCharArray());
            copyCertificates(defaults, combined, "jvm-");
            copyCertificates(trustStore.keyStore(), combined, "configured-");
            return combined;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JVM's default truststore", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not combine the configured truststore with the JVM's", e);
        }
    }

    private static void copyCertificates(KeyStore from, KeyStore to, String prefix) throws GeneralSecurityException {
        for (String alias : Collections.list(from.aliases())) {
            Certificate certificate = from.getCertificate(alias);
            if (certificate != null) {
                to.setCertificateEntry(prefix + alias, certificate);
            }
        }
    }
}
