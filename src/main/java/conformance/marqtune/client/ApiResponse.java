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
 * What came back for one {@link Exchange}. The parsed JSON tree is shared: callers must not modify it. All it says of
 * itself is masked: a server may echo a key back.
 */
public final class ApiResponse {

    /** Duplicate names refused, as parsers disagree on them; numbers read as exact decimals, whatever the notation. */
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

    private record Parsed(Optional<JsonNode> tree, String error) {
    }

    public ApiResponse(Exchange exchange, int status, Map<String, String> headers, String body, SecretMask mask) {
        this(exchange, status, headers, body, mask, Duration.ZERO, 1);
    }

    /** {@code elapsed} runs from sending to the body's last byte, without 429 waits; {@code attempt} counts from 1. */
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

    public Duration elapsed() {
        return elapsed;
    }

    int attempt() {
        return attempt;
    }

    SecretMask mask() {
        return mask;
    }

    public Optional<String> contentType() {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public Optional<String> mediaType() {
        return contentType().map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    /** Empty when the body is not JSON; {@link #jsonError()} says why. */
    public Optional<JsonNode> json() {
        return parsed().tree();
    }

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

    /** The whole body is masked before it is cut: a secret straddling the cut is hidden too. */
    public String summary() {
        String masked = mask.mask(body);
        String shown = masked.length() > 500 ? masked.substring(0, 500) + "… (" + body.length() + " characters)" : masked;
        return masked("HTTP " + status + ", Content-Type: " + contentType().orElse("(none)") + ", body: "
                + (shown.isEmpty() ? "(empty)" : shown));
    }

    /** The run's keys, or the one this request presented, echoed whole or in a part rare enough to be it. */
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

    public String masked(String text) {
        return mask.mask(text);
    }

    @Override
    public String toString() {
        return summary();
    }
}
