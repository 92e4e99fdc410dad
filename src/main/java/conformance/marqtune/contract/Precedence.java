package conformance.marqtune.contract;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The contract's precedence, once, as a pure function from a request to what it must get
 * ({@code contract/get-model.md}): a missing or wrong key gets R4, whatever else is wrong; otherwise a method other
 * than GET, or a path that is not the route, gets R2; otherwise an id that is not a canonical UUID gets R3;
 * otherwise a UUID that names no model gets R5; otherwise R1 with exactly that model. The request is read after
 * HTTP's own rules and no others: field names without case, whitespace around a field's value stripped, repeated
 * fields one comma-joined list (RFC 9110, 5.1 to 5.5), the method as the case-sensitive token it is (9.1), the
 * request-target in origin or absolute form alike (RFC 9112, 3.2). Percent-encoding is the one choice the contract
 * leaves: a percent-encoded unreserved character is that character (RFC 3986, 6.2.2.2), so a server may decode it
 * once or not at all, and either reading's answer is allowed; never a second decoding.
 */
public final class Precedence {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private final Secret key;
    private final Optional<Secret> foreignKey;
    private final Supplier<String> modelUnderTest;
    private final Optional<String> serverErrorModelId;
    private final Predicate<String> canonical;

    /**
     * @param modelUnderTest     the id of the model the key's account has: asked for only when a request names a UUID
     * @param serverErrorModelId the id the environment answers with R6, where it has one
     * @param canonical          the rule for ids, {@link CanonicalUuid#matches}: another only where a test proves that a
     *                           broken rule fails the self-check
     */
    public Precedence(Secret key, Optional<Secret> foreignKey, Supplier<String> modelUnderTest, Optional<String> serverErrorModelId,
                      Predicate<String> canonical) {
        this.key = key;
        this.foreignKey = foreignKey;
        this.modelUnderTest = modelUnderTest;
        this.serverErrorModelId = serverErrorModelId;
        this.canonical = canonical;
    }

    public Expected expectedFor(ApiRequest request) {
        List<HeaderField> keys = request.fieldsNamed(ApiRequest.API_KEY_HEADER);
        if (keys.isEmpty()) {
            return Expected.only(DocumentedResponse.R4, "the request has no x-api-key field");
        }
        String presented = keys.stream().map(field -> withoutWhitespaceAround(field.value())).collect(Collectors.joining(", "));
        boolean primary = presented.equals(key.reveal());
        if (!primary && foreignKey.map(foreign -> !presented.equals(foreign.reveal())).orElse(true)) {
            return Expected.only(DocumentedResponse.R4, keys.size() > 1
                    ? "two x-api-key fields are one field whose value is their comma-joined list, which is not the key"
                    : "the x-api-key field's value is not the key");
        }
        if (!request.method().equals("GET")) {
            return Expected.only(DocumentedResponse.R2, "the method is " + request.method() + ", not exactly GET");
        }
        Expected literal = forRoute(request.route(), request, primary);
        String decoded = decodedOnce(request.route());
        return decoded.equals(request.route()) ? literal : literal.or(forRoute(decoded, request, primary));
    }

    private Expected forRoute(String route, ApiRequest request, boolean primary) {
        List<String> segments = route.startsWith("/") ? Arrays.asList(route.substring(1).split("/", -1)) : List.of();
        if (segments.size() == 1 && segments.get(0).equals("models")) {
            throw new IllegalArgumentException("the listing, /models, is not Get Model's route: " + request);
        }
        if (segments.size() != 2 || !segments.get(0).equals("models")) {
            return Expected.only(DocumentedResponse.R2, "the path " + route + " is not the route /models/{model_id}");
        }
        String id = segments.get(1);
        if (id.equals(".") || id.equals("..")) {
            return Expected.only(DocumentedResponse.R3, "the id " + id + " is not a UUID").or(Expected.only(DocumentedResponse.R2,
                    "a dot-segment changes the path itself"));
        }
        if (!canonical.test(id)) {
            return Expected.only(DocumentedResponse.R3, "the id " + id + " is not a UUID in canonical form");
        }
        if (serverErrorModelId.filter(failing -> failing.equalsIgnoreCase(id)).isPresent()) {
            return Expected.only(DocumentedResponse.R6, "the environment fails on " + id);
        }
        boolean fresh = request.freshId().filter(made -> made.equalsIgnoreCase(id)).isPresent();
        if (fresh) {
            return Expected.only(DocumentedResponse.R5, "the UUID " + id + " was made up at random for this request");
        }
        if (id.equalsIgnoreCase(modelUnderTest.get())) {
            return primary ? Expected.only(Answer.model(id), "the key's account has the model " + id)
                    : Expected.only(DocumentedResponse.R5, "the model " + id + " is another account's");
        }
        return new Expected(List.of(Answer.of(DocumentedResponse.R5), Answer.model(id)),
                "the UUID " + id + " names no model, or exactly the one it is");
    }

    /** Whitespace around a field's value is not part of it (RFC 9110, 5.5): spaces and tabs. */
    private static String withoutWhitespaceAround(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    /** {@code route} with every percent-encoded unreserved character decoded, once; any other escape left as it is. */
    static String decodedOnce(String route) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = route.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length) {
                int high = Character.digit(bytes[i + 1], 16);
                int low = Character.digit(bytes[i + 2], 16);
                int decoded = high < 0 || low < 0 ? -1 : high * 16 + low;
                if (decoded >= 0 && UNRESERVED.indexOf(decoded) >= 0) {
                    out.write(decoded);
                    i += 2;
                    continue;
                }
            }
            out.write(bytes[i]);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
