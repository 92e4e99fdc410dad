package conformance.marqtune.client;

import conformance.marqtune.configuration.Resends;
import conformance.marqtune.configuration.ResponseLimits;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Timeouts;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.Routes;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The API's operations as the scenarios use them (an action class). Each request passes the {@link ReadOnlyGuard}, is
 * resent only as the {@link ResendPolicy} decides, and is attached to the report masked.
 */
public final class ModelsApi implements AutoCloseable {

    private static final int TOO_MANY_REQUESTS = 429;
    /** The Allure label on a test whose request was sent again after a transport failure; the report marks it flaky. */
    public static final String RETRIED_LABEL = "retried-after-transport-failure";
    public static final String METHODS_SENT = ReadOnlyGuard.DESCRIPTION;

    private final Target target;
    private final ResponseLimits limits;
    private final Transport transport;
    private final ResendPolicy policy;
    private final Pace pace;
    private final SecretMask targetMask;
    private final RequestLog log;
    private final AtomicInteger throttledResponses = new AtomicInteger();

    /** A client every attempt of which, resends included, first waits for {@code pace}, and waits out a 429 there. */
    public ModelsApi(Target target, Timeouts timeouts, Resends resends, ResponseLimits limits, Pace pace) {
        this(target, timeouts, resends, limits, pace, RequestLog.NONE);
    }

    public ModelsApi(Target target, Timeouts timeouts, Resends resends, ResponseLimits limits, Pace pace, RequestLog log) {
        this(new RequestTemplate(target, timeouts), resends, limits, pace, log);
    }

    /** The same, from a template a run shares between its clients: this client's connections are still its own. */
    public ModelsApi(RequestTemplate template, Resends resends, ResponseLimits limits, Pace pace, RequestLog log) {
        this.log = log;
        this.target = template.target();
        this.limits = limits;
        this.transport = new Transport(template);
        this.policy = new ResendPolicy(resends, template.timeouts().read());
        this.pace = pace;
        this.targetMask = template.mask();
    }

    /** The client of the configured target, unpaced. */
    public ModelsApi(SuiteConfiguration configuration) {
        this(configuration, RequestLog.NONE);
    }

    public ModelsApi(SuiteConfiguration configuration, RequestLog log) {
        this(configuration.requireTarget(), configuration.timeouts(), configuration.resends(), configuration.responses(),
                Pace.unlimited(), log);
    }

    public static void warmUp() {
        Transport.warmUp();
    }

    /** {@code GET /models/{modelId}}; the id is sent as given, with only what a path cannot carry escaped. */
    public ApiResponse getModel(String modelId, KeyKind keyKind) {
        return getModel(modelId, presentation(keyKind), Attaching.EVERY_ANSWER);
    }

    public ApiResponse getModel(String modelId, KeyPresentation key) {
        return getModel(modelId, key, Attaching.EVERY_ANSWER);
    }

    public ApiResponse getModel(String modelId, KeyPresentation key, Attaching attaching) {
        return send(key.appliedTo(ApiRequest.getModel(modelId, key.description())), attaching);
    }

    /** The seeded search attaches only when asked: hundreds of documented answers would bury the few that matter. */
    public enum Attaching {
        EVERY_ANSWER,
        WHEN_ASKED
    }

    public void attach(ApiResponse response) {
        new ExchangeAttachments(response.mask()).response(response, response.attempt());
    }

    /** The curl line of {@link #getModel(String, KeyKind)}, or of {@link #listModels} when {@code modelId} is empty. */
    public String curlOf(java.util.Optional<String> modelId, KeyKind keyKind) {
        KeyPresentation key = presentation(keyKind);
        ApiRequest request = modelId.map(id -> ApiRequest.getModel(id, key.description()))
                .orElseGet(() -> ApiRequest.get(Routes.MODELS, key.description()));
        return new Exchange(key.appliedTo(request), target.baseUrl().toString()).curl();
    }

    /** {@code GET /models}: the account's models, used to discover a model when none is configured. */
    public ApiResponse listModels(KeyKind keyKind) {
        KeyPresentation key = presentation(keyKind);
        return send(key.appliedTo(ApiRequest.get(Routes.MODELS, key.description())), Attaching.EVERY_ANSWER);
    }

    /** A GET to a path below the base URL that is not one of the API's routes. */
    public ApiResponse getPath(String path, KeyKind keyKind) {
        KeyPresentation key = presentation(keyKind);
        return send(key.appliedTo(ApiRequest.get(path, key.description())), Attaching.EVERY_ANSWER);
    }

    /** Sends {@code method} to a model id generated here and now at random: the only way this client sends a method other than GET. */
    public ApiResponse probeMethod(String method, KeyKind keyKind) {
        KeyPresentation key = presentation(keyKind);
        return send(key.appliedTo(ApiRequest.get(Routes.MODELS, key.description()).withMethod(method)
                .forFreshId(UUID.randomUUID().toString())), Attaching.EVERY_ANSWER);
    }

    public KeyPresentation presentation(KeyKind keyKind) {
        return keyKind.presentation(target.apiKey(), target.foreignApiKey());
    }

    public Target target() {
        return target;
    }

    public int throttledResponses() {
        return throttledResponses.get();
    }

    @Override
    public void close() {
        transport.close();
    }

    public ApiResponse send(ApiRequest request, Attaching attaching) {
        ReadOnlyGuard.check(request);
        Exchange exchange = new Exchange(request, target.baseUrl().toString());
        // what this request presents as its key is masked too: a target may echo a near-miss of the key
        SecretMask mask = targetMask.alsoHiding(request.secretValues());
        ExchangeAttachments attachments = new ExchangeAttachments(mask);
        int transportFailures = 0;
        int throttledInARow = 0;
        for (int attempt = 1; ; attempt++) {
            pace.awaitTurn();
            long cap = Routes.MODELS.equals(request.route()) ? limits.listingMaxBytes() : limits.maxBytes();
            long started = System.nanoTime();
            Attempt sent = transport.send(request, cap);
            log.sent(Duration.ofNanos(System.nanoTime() - started));
            if (sent.tooLarge()) {
                attachments.transportFailure(exchange, attempt, "the body is larger than " + cap + " bytes; not read further");
                throw new ResponseTooLarge(exchange, cap, mask);
            }
            if (!sent.isAnswered()) {
                attachments.transportFailure(exchange, attempt, sent.failure());
                if (sent.bodyCutShort()) {
                    throw new IncompleteResponse(exchange, sent.failure(), mask);
                }
                if (!policy.resendsAfterTransportFailure(request.method(), ++transportFailures)) {
                    throw new TransportFailure(exchange, transportFailures, sent.failure(), mask);
                }
                continue;
            }
            ContentCodings.Decoded decoded = ContentCodings.decode(sent.headers(), sent.body(), cap);
            if (decoded.tooLarge()) {
                attachments.transportFailure(exchange, attempt, "the body decodes to more than " + cap + " bytes; not decoded further");
                throw new ResponseTooLarge(exchange, cap, mask);
            }
            if (decoded.undecodable().isPresent() || decoded.corrupt().isPresent()) {
                String why = decoded.corrupt().orElseGet(() -> "the body comes in " + decoded.undecodable().get()
                        + ", which the request did not accept");
                attachments.transportFailure(exchange, attempt, why);
                throw new UndecodableResponse(exchange, sent.status(), decoded.coding(), why, mask);
            }
            ApiResponse response = ApiResponse.fromBytes(exchange, sent.status(), sent.headers(), decoded.body(), mask, sent.elapsed(),
                    attempt);
            if (attaching == Attaching.EVERY_ANSWER || response.status() == TOO_MANY_REQUESTS) {
                attachments.response(response, attempt);
            }
            if (response.status() != TOO_MANY_REQUESTS) {
                if (transportFailures > 0) {
                    attachments.retried();
                }
                return response;
            }
            throttledResponses.incrementAndGet();
            int inARow = ++throttledInARow;
            pace.waitOut(policy.waitAfterThrottled(response.headers(), inARow).orElseThrow(() -> new Throttled(exchange, inARow, mask)));
        }
    }
}
