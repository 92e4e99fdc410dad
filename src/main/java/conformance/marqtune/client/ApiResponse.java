package conformance.marqtune.client;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import conformance.marqtune.configuration.LeakEvidence;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.configuration.SecretMask;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What came back for one {@link Exchange}: status, headers and body, and the body as JSON when it is JSON
 * (parsed once, when first asked for; callers must not modify the tree). Whatever it says about itself
 * for a message ({@link #summary()}, {@link #masked(String)}) has every form of the run's keys hidden: a
 * server may echo a key back.
 */
public final class ApiResponse {

    /**
     * Strict about names: a body that repeats one is read differently by different parsers, so it is no JSON document
     * to judge. Numbers are read as exact decimals: a number is its value, whatever its notation or size.
     */
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final Exchange exchange;
    private final int status;
    private final Map<String, String> headers;
    private final String body;
    private final SecretMask mask;
    private final Duration elapsed;
    private final int attempt;
    private volatile Parsed parsed;
    /** Whether the body's bytes are not UTF-8: RFC 8259 (8.1) requires it of JSON between systems, so it is no JSON. */
    private boolean notUtf8;

    /** The body's one parse: the tree, or why there is none. */
    private record Parsed(Optional<JsonNode> tree, String error) {
    }

    public ApiResponse(Exchange exchange, int status, Map<String, String> headers, String body, SecretMask mask) {
        this(exchange, status, headers, body, mask, Duration.ZERO, 1);
    }

    /**
     * @param elapsed how long the answering request took, from sending to the body's last byte (no 429 waits)
     * @param attempt which attempt of the exchange this answered: 1, or more after a resend
     */
    public ApiResponse(Exchange exchange, int status, Map<String, String> headers, String body, SecretMask mask,
                       Duration elapsed, int attempt) {
        this.elapsed = elapsed;
        this.attempt = attempt;
        this.exchange = exchange;
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.mask = mask;
    }

    public Exchange exchange() {
        return exchange;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String body() {
        return body;
    }

    /** How long the request that got this answer took: the server's response time as this client saw it. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Which attempt of the exchange this answered: 1, or more after a resend. */
    int attempt() {
        return attempt;
    }

    /** Every form of the keys this exchange's answer must not show. */
    SecretMask mask() {
        return mask;
    }

    /** The Content-Type header, if the response had one. */
    public Optional<String> contentType() {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The media type without parameters, in lower case: {@code application/json; charset=utf-8} is {@code application/json}. */
    public Optional<String> mediaType() {
        return contentType().map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    /** The body as a JSON document, or empty when the body is not one (then {@link #jsonError()} says why). */
    public Optional<JsonNode> json() {
        return parsed().tree();
    }

    /** The response from the body's bytes as they came, decoded as strict UTF-8 (bytes that are not are shown replaced). */
    static ApiResponse fromBytes(Exchange exchange, int status, Map<String, String> headers, byte[] body, SecretMask mask,
                                 Duration elapsed, int attempt) {
        boolean notUtf8 = false;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException malformed) {
            notUtf8 = true;
        }
        ApiResponse response = new ApiResponse(exchange, status, headers, new String(body, StandardCharsets.UTF_8), mask, elapsed, attempt);
        response.notUtf8 = notUtf8;
        return response;
    }

    public String jsonError() {
        return parsed().error();
    }

    private Parsed parsed() {
        Parsed once = parsed;
        if (once == null) {
            once = parse();
            parsed = once;
        }
        return once;
    }

    private Parsed parse() {
        if (body.isEmpty()) {
            return new Parsed(Optional.empty(), "the body is empty");
        }
        if (notUtf8) {
            return new Parsed(Optional.empty(), "the body is not JSON: its bytes are not UTF-8, as RFC 8259 (8.1) requires");
        }
        try {
            return new Parsed(Optional.of(JSON.readTree(body)), "the body is JSON");
        } catch (JacksonException notJson) {
            return new Parsed(Optional.empty(), "the body is not JSON: " + notJson.getOriginalMessage());
        }
    }

    /**
     * Status, Content-Type and the start of the body, masked: what a failure message shows of what came
     * back. The whole body is masked before it is cut, so that a secret straddling the cut is hidden too.
     */
    public String summary() {
        String masked = mask.mask(body);
        String shown = masked.length() > 500 ? masked.substring(0, 500) + "… (" + body.length() + " characters)" : masked;
        return masked("HTTP " + status + ", Content-Type: " + contentType().orElse("(none)") + ", body: "
                + (shown.isEmpty() ? "(empty)" : shown));
    }

    /**
     * The forms of a key that the response carries, in its headers or body, by name: a key of the run, or the one this
     * request presented (a wrong key, a near-miss), whole or a part rare enough to be it. Empty when it echoes none.
     */
    public List<String> keyFormsEchoed() {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        List<String> presented = new java.util.ArrayList<>();
        exchange.request().fields().stream().filter(field -> field.isNamed(ApiRequest.API_KEY_HEADER) || !field.value().equals(field.shown()))
                .forEach(field -> presented.add(field.value()));
        exchange.request().query().stream().filter(parameter -> !parameter.value().equals(parameter.shown()))
                .forEach(parameter -> presented.add(parameter.value()));
        return mask.alsoHiding(presented).formsFoundIn(text.append(body).toString(), LeakEvidence.RARE_RUNS);
    }

    /** {@code text} with every form of the run's keys hidden: for any message built from this response. */
    public String masked(String text) {
        return mask.mask(text);
    }

    @Override
    public String toString() {
        return summary();
    }
}
