package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Timeouts;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.DecoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.ProxySpecification;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.impl.client.AbstractHttpClient;

/**
 * What every request to one target shares, built once a run: building it costs more CPU than a request to the
 * simulator. Immutable but for the client the sending thread names for its call ({@link #sendWith}).
 */
@SuppressWarnings("deprecation") // REST Assured's client factory is typed with Apache's 4.x client classes
public final class RequestTemplate {

    private final Target target;
    private final Timeouts timeouts;
    private final SecretMask mask;
    private final RequestSpecification base;
    /** The client of the request the calling thread is sending: REST Assured asks its factory for it during the call. */
    private final ThreadLocal<AbstractHttpClient> sending = new ThreadLocal<>();
    private final ThreadLocal<ExactRequestHead> line = new ThreadLocal<>();
    private final HttpRequestInterceptor exactRequestHead = ExactRequestHead.interceptor(line::get);

    public RequestTemplate(Target target, Timeouts timeouts) {
        this.target = target;
        this.timeouts = timeouts;
        this.mask = new SecretMask(target.secrets());
        int connectMs = Math.toIntExact(timeouts.connect().toMillis());
        int readMs = Math.toIntExact(timeouts.read().toMillis());
        RestAssuredConfig config = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        // the client the sending Transport chose: its kept-alive connections serve its next request
                        .httpClientFactory(this::sendingClient)
                        .setParam("http.connection.timeout", connectMs)
                        .setParam("http.socket.timeout", readMs)
                        .setParam("http.connection-manager.timeout", (long) connectMs)
                        // a peer that answers with something other than a status line does not speak HTTP: say so at once
                        .setParam("http.connection.max-status-line-garbage", 0)
                        // a response head (and a chunk's header or trailer) is bounded too: no target fills the heap with it
                        .setParam("http.connection.max-line-length", Transport.MAX_HEADER_LINE)
                        .setParam("http.connection.max-header-count", Transport.MAX_HEADERS))
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                // no decoding here: the body is read as the server sent it, within its cap, and decoded by ContentCodings, so that a
                // body that fails to decode is a verdict of its own, not a response that never came
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders())
                .sslConfig(TrustedCertificates.sslConfig(target.tls()))
                .logConfig(LogConfig.logConfig().blacklistHeader(KeyPresentation.API_KEY_HEADER, "Authorization"));
        RequestSpecBuilder builder = new RequestSpecBuilder().setConfig(config).setUrlEncodingEnabled(false);
        target.proxy().ifPresent(uri -> builder.setProxy(ProxySpecification.host(uri.getHost()).withPort(uri.getPort())
                .withScheme("http")));
        this.base = builder.build();
    }

    public Target target() {
        return target;
    }

    public Timeouts timeouts() {
        return timeouts;
    }

    /** The run's secrets, masked: built once, since every attachment and every verdict masks with it. */
    public SecretMask mask() {
        return mask;
    }

    /** Each request copies it ({@code RestAssured.given(base)}); none changes it. */
    RequestSpecification base() {
        return base;
    }

    /** Names {@code client} and {@code requestLine} for this thread while {@code call} runs. */
    <T> T sendWith(AbstractHttpClient client, ExactRequestHead requestLine, Supplier<T> call) {
        sending.set(client);
        line.set(requestLine);
        try {
            return call.get();
        } finally {
            sending.remove();
            line.remove();
        }
    }

    HttpRequestInterceptor exactRequestHead() {
        return exactRequestHead;
    }

    private AbstractHttpClient sendingClient() {
        AbstractHttpClient client = sending.get();
        if (client == null) {
            throw new IllegalStateException("a request of this template was sent outside Transport.send");
        }
        return client;
    }
}
