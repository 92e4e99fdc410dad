package conformance.marqtune.client;

import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import conformance.marqtune.request.QueryParameter;
import java.util.List;

/**
 * Where a request puts a key, and what: the header fields and query parameters that carry it, each with what a
 * report and a curl line show instead of the key ({@code $MARQTUNE_API_KEY}, or a shell expression of it).
 *
 * @param description what was presented, in words: {@code the configured API key with one character appended}
 */
public record KeyPresentation(String description, List<HeaderField> fields, List<QueryParameter> query) {

    public static final String API_KEY_HEADER = ApiRequest.API_KEY_HEADER;

    public KeyPresentation {
        fields = List.copyOf(fields);
        query = List.copyOf(query);
    }

    /** {@code value} in the header {@code name}; {@code shown} is what the report and the curl line show instead. */
    public static KeyPresentation inHeader(String description, String name, String value, String shown) {
        return new KeyPresentation(description, List.of(new HeaderField(name, value, shown)), List.of());
    }

    /** {@code value} as the query parameter {@code name}; no key header at all. */
    public static KeyPresentation inQuery(String description, String name, String value, String shown) {
        return new KeyPresentation(description, List.of(), List.of(new QueryParameter(name, value, shown)));
    }

    /** No key anywhere. */
    public static KeyPresentation none(String description) {
        return new KeyPresentation(description, List.of(), List.of());
    }

    /** {@code request} with this key added where this presentation puts it. */
    public ApiRequest appliedTo(ApiRequest request) {
        ApiRequest keyed = request.withFields(fields);
        for (QueryParameter parameter : query) {
            keyed = keyed.withQueryParameter(parameter);
        }
        return keyed;
    }

    /** What the presentation shows in words and expressions: the first field's or parameter's shown value. */
    public String shown() {
        return fields.stream().map(HeaderField::shown).findFirst()
                .orElseGet(() -> query.stream().map(QueryParameter::shown).findFirst().orElse("(no key)"));
    }
}
