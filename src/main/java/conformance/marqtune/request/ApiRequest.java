package conformance.marqtune.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One request exactly as it goes on the wire, nothing normalised: a server's own reading is what the suite checks. The
 * route is the raw path after the base URL's own, percent-encoding intact; fields keep their order and repeats; the
 * target may be in absolute form, which an HTTP/1.1 server must accept.
 *
 * @param freshId the random model id this request was made for: the only target of a method other than GET
 * ({@code ReadOnlyGuard})
 */
public record ApiRequest(String method, String route, List<QueryParameter> query, boolean emptyQuery,
                         List<HeaderField> fields, boolean absoluteForm, String description, Optional<String> freshId) {

    public static final String API_KEY_HEADER = "x-api-key";
    /** The content codings every request accepts, as curl's and most clients' defaults do: their answers are decoded. */
    public static final String ACCEPTED_CODINGS = "gzip, deflate";

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(route, "route");
        query = List.copyOf(query);
        fields = List.copyOf(fields);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(freshId, "freshId");
    }

    public static ApiRequest get(String route, String description) {
        return new ApiRequest("GET", route, List.of(), false, List.of(HeaderField.plain("Accept-Encoding", ACCEPTED_CODINGS)), false,
                description, Optional.empty());
    }

    public static ApiRequest getModel(String modelId, String description) {
        return get(Routes.model(modelId), description);
    }

    public ApiRequest withMethod(String otherMethod) {
        return new ApiRequest(otherMethod, route, query, emptyQuery, fields, absoluteForm, description, freshId);
    }

    public ApiRequest withRoute(String otherRoute) {
        return new ApiRequest(method, otherRoute, query, emptyQuery, fields, absoluteForm, description, freshId);
    }

    /** The same request aimed at {@code id}, a model id generated at random for it: what a method other than GET may target. */
    public ApiRequest forFreshId(String id) {
        return new ApiRequest(method, Routes.model(id), query, emptyQuery, fields, absoluteForm, description, Optional.of(id));
    }

    public ApiRequest withField(HeaderField field) {
        List<HeaderField> more = new ArrayList<>(fields);
        more.add(field);
        return new ApiRequest(method, route, query, emptyQuery, more, absoluteForm, description, freshId);
    }

    public ApiRequest withFields(List<HeaderField> more) {
        ApiRequest request = this;
        for (HeaderField field : more) {
            request = request.withField(field);
        }
        return request;
    }

    public ApiRequest withQueryParameter(QueryParameter parameter) {
        List<QueryParameter> more = new ArrayList<>(query);
        more.add(parameter);
        return new ApiRequest(method, route, more, false, fields, absoluteForm, description, freshId);
    }

    public ApiRequest inAbsoluteForm() {
        return new ApiRequest(method, route, query, emptyQuery, fields, true, description, freshId);
    }

    public ApiRequest describedAs(String otherDescription) {
        return new ApiRequest(method, route, query, emptyQuery, fields, absoluteForm, otherDescription, freshId);
    }

    public List<HeaderField> fieldsNamed(String name) {
        return fields.stream().filter(field -> field.isNamed(name)).toList();
    }

    /** The query as sent, without its {@code ?}; empty when there is none (see {@link #hasQuery()}). */
    public String rawQuery() {
        return query.stream().map(QueryParameter::sent).collect(Collectors.joining("&"));
    }

    public boolean hasQuery() {
        return emptyQuery || !query.isEmpty();
    }

    public String routeAndQuery() {
        return route + (hasQuery() ? "?" + rawQuery() : "");
    }

    /** Every value this request sends that is made of a secret (shown otherwise than sent): each must be masked too. */
    public List<String> secretValues() {
        List<String> values = new ArrayList<>();
        fields.stream().filter(HeaderField::holdsASecret).forEach(field -> values.add(secretPart(field.value(), field.shown())));
        query.stream().filter(QueryParameter::holdsASecret).forEach(parameter -> values.add(secretPart(parameter.value(), parameter.shown())));
        return values;
    }

    /**
     * The part of {@code value} the key made, between what it shares with {@code shown} at both ends: hiding the whole
     * value would hide those public parts wherever they appear.
     */
    static String secretPart(String value, String shown) {
        int prefix = 0;
        while (prefix < value.length() && prefix < shown.length() && value.charAt(prefix) == shown.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < value.length() - prefix && suffix < shown.length() - prefix
                && value.charAt(value.length() - 1 - suffix) == shown.charAt(shown.length() - 1 - suffix)) {
            suffix++;
        }
        return value.substring(prefix, value.length() - suffix);
    }

    @Override
    public String toString() {
        return method + " " + routeAndQuery() + " (" + description + ")";
    }
}
