package conformance.marqtune.client;

import conformance.marqtune.configuration.ApiKey;
import conformance.marqtune.configuration.SuiteConfiguration;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The typed client of the Get Model API: the only class that touches REST Assured. It sends what the
 * steps ask for, exactly as asked (no redirects followed, no retries), and refuses anything that
 * could change a live environment's data.
 */
public final class ModelsApi {

    static final String API_KEY_HEADER = "x-api-key";

    private final URI baseUrl;
    private final ApiKey apiKey;
    private final RestAssuredConfig restAssuredConfig;

    public ModelsApi(SuiteConfiguration configuration) {
        this.baseUrl = configuration.requireBaseUrl();
        this.apiKey = configuration.requireApiKey();
        int connectMs = Math.toIntExact(configuration.connectTimeout().toMillis());
        int readMs = Math.toIntExact(configuration.readTimeout().toMillis());
        this.restAssuredConfig = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", connectMs)
                        .setParam("http.socket.timeout", readMs)
                        .setParam("http.connection-manager.timeout", (long) connectMs))
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                .logConfig(LogConfig.logConfig().blacklistHeader(API_KEY_HEADER));
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

    private ApiResponse send(String method, String path, Credential credential, boolean targetIsFreshRandomId) {
        ReadOnlyGuard.check(method, targetIsFreshRandomId);
        URI url = URI.create(baseUrl + path);
        Optional<String> key = credential.headerValue(apiKey);
        Exchange exchange = new Exchange(method, url, credential, credential.shownAs(key));

        RequestSpecification request = RestAssured.given(new RequestSpecBuilder()
                .setConfig(restAssuredConfig)
                .setUrlEncodingEnabled(false)
                .addFilter(new AllureExchangeFilter(exchange))
                .build());
        key.ifPresent(value -> request.header(API_KEY_HEADER, value));
        Response response = request.request(method, url);

        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.merge(header.getName(), header.getValue(), (first, next) -> first + ", " + next);
        }
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        return new ApiResponse(exchange, response.getStatusCode(), headers, body);
    }
}
