package conformance.marqtune.client;

import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import conformance.marqtune.request.QueryParameter;
import java.util.List;

/** Where a request puts a key; each part shows an expression of {@code $MARQTUNE_API_KEY}, never the key. */
public record KeyPresentation(String description, List<HeaderField> fields, List<QueryParameter> query) {

    public static final String API_KEY_HEADER = ApiRequest.API_KEY_HEADER;

    public KeyPresentation {
        fields = List.copyOf(fields);
        query = List.copyOf(query);
    }

    public static KeyPresentation inHeader(String description, String name, String value, String shown) {
        return new KeyPresentation(description, List.of(new HeaderField(name, value, shown)), List.of());
    }

    public static KeyPresentation inQuery(String description, String name, String value, String shown) {
        return new KeyPresentation(description, List.of(), List.of(new QueryParameter(name, value, shown)));
    }

    public static KeyPresentation none(String description) {
        return new KeyPresentation(description, List.of(), List.of());
    }

    public ApiRequest appliedTo(ApiRequest request) {
        ApiRequest keyed = request.withFields(fields);
        for (QueryParameter parameter : query) {
            keyed = keyed.withQueryParameter(parameter);
        }
        return keyed;
    }

    public String shown() {
        return fields.stream().map(HeaderField::shown).findFirst()
                .orElseGet(() -> query.stream().map(QueryParameter::shown).findFirst().orElse("(no key)"));
    }
}
