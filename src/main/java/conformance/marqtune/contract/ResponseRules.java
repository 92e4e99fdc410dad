package conformance.marqtune.contract;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.validation.SchemaResult;
import conformance.marqtune.verdict.BrokenRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The contract's rules as functions of one response, each giving the {@link BrokenRule} when broken. */
public final class ResponseRules {

    /** The rule a target breaks by sending a key back: its own category in the report. */
    public static final String KEY_NOT_ECHOED = "the response does not echo the API key";

    private ResponseRules() {
    }

    public static Optional<BrokenRule> status(ApiResponse response, int expected) {
        return broken(response.status() != expected, "the HTTP status is " + expected,
                String.valueOf(expected), String.valueOf(response.status()));
    }

    /** The rule a response breaks when something in front of the service answered it: its headline. */
    public static final String ANSWERED_IN_FRONT = "the service answered, not something in front of it";

    /**
     * A response that is not JSON, labelled HTML, plain text or nothing, whose body is HTML or whose {@code Server} or
     * {@code Via} names its sender, is that proxy's own page (nginx's 400). Still a failure, said as such: the service
     * may never have seen the request.
     */
    public static Optional<BrokenRule> answeredInFront(ApiResponse response) {
        if (response.json().isPresent()) {
            return Optional.empty();
        }
        String mediaType = response.mediaType().orElse("(no Content-Type)");
        Optional<String> server = header(response, "Server");
        Optional<String> via = header(response, "Via");
        boolean page = mediaType.equals("text/html") || mediaType.equals("text/plain") || response.mediaType().isEmpty();
        boolean html = response.body().stripLeading().regionMatches(true, 0, "<", 0, 1);
        if (!page || server.isEmpty() && via.isEmpty() && !html) {
            return Optional.empty();
        }
        return Optional.of(new BrokenRule(ANSWERED_IN_FRONT, "one of the service's JSON answers",
                "answered by something in front of the service: HTTP " + response.status() + " " + mediaType
                        + server.map(name -> ", Server: " + name).orElse("") + via.map(name -> ", Via: " + name).orElse("")
                        + title(response).map(title -> ", its page: \"" + title + "\"").orElse("")));
    }

    private static Optional<String> header(ApiResponse response, String name) {
        return response.headers().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .map(value -> value.length() > 80 ? value.substring(0, 80) + "…" : value).findFirst();
    }

    /** The title or first heading of an HTML page, which proxies fill with the status they answered. */
    private static Optional<String> title(ApiResponse response) {
        java.util.regex.Matcher heading = java.util.regex.Pattern.compile("(?is)<(title|h1)>\\s*([^<]{1,80})").matcher(response.body());
        return heading.find() ? Optional.of(heading.group(2).strip()) : Optional.empty();
    }

    /** Every response is JSON: the media type is application/json (a charset may follow) and the body parses. */
    public static Optional<BrokenRule> json(ApiResponse response) {
        return mediaType(response).or(() -> broken(response.json().isEmpty(),
                "every response is JSON: the body is a JSON document", "a JSON document", response.jsonError()));
    }

    /** The first half of {@link #json}: the media type alone, for a body too large to parse as one tree. */
    public static Optional<BrokenRule> mediaType(ApiResponse response) {
        return broken(!response.mediaType().equals(Optional.of("application/json")) || !onlyAUtf8Charset(response),
                "every response is JSON: Content-Type is application/json, with or without a charset",
                "application/json, or application/json; charset=utf-8", response.contentType().orElse("(no Content-Type header)"));
    }

    /** JSON is UTF-8 (RFC 8259): any other charset label would mislead a client that believed it. */
    private static boolean onlyAUtf8Charset(ApiResponse response) {
        String[] parts = response.contentType().orElse("").split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(java.util.Locale.ROOT).replace("\"", "").replace(" ", "");
            if (!parameter.isEmpty() && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** The second half of {@link #json}, for a body that was parsed as a stream and failed: {@code error} says where. */
    public static BrokenRule notJson(String error) {
        return new BrokenRule("every response is JSON: the body is a JSON document", "a JSON document", "the body is not JSON: " + error);
    }

    /** No response carries the key: a target that echoes it leaks it into every log, proxy and report on the way. */
    public static Optional<BrokenRule> keyNotEchoed(ApiResponse response) {
        List<String> forms = response.keyFormsEchoed();
        return broken(!forms.isEmpty(), KEY_NOT_ECHOED, "no form of the API key in its headers or body",
                "a leak by the target: the API key, " + String.join(", ", forms) + ", in the response (masked in this report)");
    }

    /** The service's envelope repeats the HTTP status in {@code statusCode}, as an integer (its value, in any notation). */
    public static Optional<BrokenRule> statusCodeEqualsHttpStatus(ApiResponse response) {
        JsonNode statusCode = json(response, "statusCode");
        return broken(!JsonValues.isInteger(statusCode, response.status()),
                "the envelope's statusCode is an integer equal to the HTTP status", String.valueOf(response.status()),
                statusCode.isMissingNode() ? "(no statusCode)" : statusCode.toString());
    }

    /** The message, where the envelope puts it: {@code body.message} for the service, {@code message} for the gateway. */
    public static Optional<BrokenRule> message(ApiResponse response, DocumentedResponse.Envelope envelope, String expected) {
        boolean service = envelope == DocumentedResponse.Envelope.SERVICE;
        String where = service ? "body.message" : "message";
        JsonNode message = service ? json(response, "body").path("message") : json(response, "message");
        return broken(!message.isString() || !message.asString().equals(expected),
                where + " is exactly \"" + expected + "\" (case and punctuation included)", "\"" + expected + "\"",
                message.isMissingNode() ? "(no " + where + ")" : message.toString());
    }

    public static Optional<BrokenRule> schema(SchemaResult result) {
        if (result.passed()) {
            return Optional.empty();
        }
        var first = result.failures().get(0);
        String more = result.failures().size() > 1 ? " and " + (result.failures().size() - 1) + " more" : "";
        return Optional.of(new BrokenRule("the body matches the \"" + result.schemaName() + "\" schema (" + first.path()
                + " breaks '" + first.keyword() + "'" + more + ")", "no violation", System.lineSeparator() + result.describeFailures()));
    }

    /** The model returned is the one asked for; UUIDs compare without case. */
    public static Optional<BrokenRule> modelId(ApiResponse response, String requested) {
        JsonNode modelId = json(response, "body").path("modelId");
        return broken(!modelId.isString() || !CanonicalUuid.same(modelId.asString(), requested),
                "body.modelId equals the id that was asked for (compared without case)", "\"" + requested + "\"",
                modelId.isMissingNode() ? "(no body.modelId)" : modelId.toString());
    }

    /** R1's envelope carries a model: its body has a modelId, as a string. */
    public static Optional<BrokenRule> hasModelId(ApiResponse response) {
        JsonNode modelId = json(response, "body").path("modelId");
        return broken(!modelId.isString(), "body is a model: it has a modelId, a string", "a string",
                modelId.isMissingNode() ? "(no body.modelId)" : modelId.toString());
    }

    /** One broken rule per field that differs between the detail and its listing element, or that only one has. */
    public static List<BrokenRule> agreesWithListing(ApiResponse detail, JsonNode listed) {
        JsonNode model = json(detail, "body");
        if (!model.isObject() || !listed.isObject()) {
            return List.of();
        }
        SortedSet<String> fields = new TreeSet<>(listed.propertyNames());
        fields.addAll(model.propertyNames());
        return fields.stream()
                .filter(field -> !agree(field, listed.get(field), model.get(field)))
                .map(field -> new BrokenRule("the model agrees with its element of the listing on " + field,
                        listed.has(field) ? listed.get(field).toString() : "(absent from the listing)",
                        model.has(field) ? model.get(field).toString() : "(absent from the model)"))
                .toList();
    }

    /** Two values of one field agree: the same JSON value, or, for the model's id, the same UUID in either case. */
    private static boolean agree(String field, JsonNode listed, JsonNode detail) {
        if (field.equals("modelId") && listed != null && detail != null && listed.isString() && detail.isString()) {
            return listed.asString().equals(detail.asString()) || CanonicalUuid.same(listed.asString(), detail.asString());
        }
        return JsonValues.same(listed, detail);
    }

    /** The {@code percentile}th percentile (nearest rank) of {@code samples} is within {@code budget}. */
    public static Optional<BrokenRule> percentileWithin(int percentile, List<Duration> samples, Duration budget) {
        List<Duration> sorted = samples.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        Duration observed = sorted.get(Math.max(0, rank - 1));
        return broken(observed.compareTo(budget) > 0,
                "the " + percentile + "th percentile of " + samples.size() + " response times is within " + budget.toMillis() + " ms",
                "at most " + budget.toMillis() + " ms", observed.toMillis() + " ms (samples: "
                        + sorted.stream().map(d -> String.valueOf(d.toMillis())).collect(Collectors.joining(", ")) + " ms)");
    }

    private static JsonNode json(ApiResponse response, String field) {
        return response.json().map(body -> body.path(field)).orElse(tools.jackson.databind.node.MissingNode.getInstance());
    }

    private static Optional<BrokenRule> broken(boolean isBroken, String rule, String expected, String actual) {
        return isBroken ? Optional.of(new BrokenRule(rule, expected, actual)) : Optional.empty();
    }
}
