package conformance.marqtune.inputs;

import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ShellKey;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import conformance.marqtune.request.QueryParameter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The places a credential extractor reads an API key from, as data, each with the valid key in it and none in
 * x-api-key: the key travels in the x-api-key field alone, so a key anywhere else is no key, "Unauthorized.". Two
 * x-api-key fields are one field whose value is their comma-joined list (RFC 9110, 5.3), which is not the key either.
 */
public final class KeyPlacements {

    public static final List<RequestFamily> FAMILIES = List.of(
            new RequestFamily("in an Authorization header",
                    "Spring Security's bearer-token and Basic filters, OpenAPI's http security schemes, a Lambda authorizer whose "
                            + "identity source is Authorization",
                    placed(key -> List.of(
                            header("Authorization", "Bearer " + key, "Bearer " + ShellKey.KEY),
                            header("Authorization", key, ShellKey.KEY),
                            header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)),
                                    "Basic $(printf '%s:' \"$MARQTUNE_API_KEY\" | base64 -w0)")))),
            new RequestFamily("in a query parameter",
                    "OpenAPI's apiKey in: query and FastAPI's APIKeyQuery (x-api-key), Kong's key-auth (apikey, by default), "
                            + "the api_key parameter of many gateways",
                    placed(key -> List.of(query("x-api-key", key), query("apikey", key), query("api_key", key)))),
            new RequestFamily("in another header",
                    "Kong's key-auth reads an apikey header by default; Azure API Management reads api-key",
                    placed(key -> List.of(header("apikey", key, ShellKey.KEY), header("api-key", key, ShellKey.KEY)))),
            new RequestFamily("in x_api_key",
                    "CGI and WSGI name x_api_key and x-api-key alike (HTTP_X_API_KEY), as Werkzeug, Django and PHP read them",
                    placed(key -> List.of(header("x_api_key", key, ShellKey.KEY)))),
            new RequestFamily("in a cookie",
                    "OpenAPI's apiKey in: cookie, FastAPI's APIKeyCookie",
                    placed(key -> List.of(header("Cookie", "x-api-key=" + key, "x-api-key=" + ShellKey.KEY)))),
            new RequestFamily("in two x-api-key fields, or one with a list",
                    "a framework's getHeader(), which reads the first field only (Servlet, Express) or the last; a check that takes "
                            + "the first item of a list",
                    placed(key -> List.of(
                            new KeyPresentation("", List.of(new HeaderField(ApiRequest.API_KEY_HEADER, key, ShellKey.KEY),
                                    new HeaderField(ApiRequest.API_KEY_HEADER, key, ShellKey.KEY)), List.of()),
                            header(ApiRequest.API_KEY_HEADER, key + ", not-the-key", ShellKey.KEY + ", not-the-key")))));

    private KeyPlacements() {
    }

    /** The request for the model with each of {@code placements} of the key, and no x-api-key field but where they put one. */
    private static Function<Seeds, List<FamilyInput>> placed(Function<String, List<KeyPresentation>> placements) {
        return seeds -> placements.apply(seeds.key()).stream().map(placement -> {
            String shown = placement.fields().stream().map(field -> field.name() + ": " + field.shown())
                    .collect(java.util.stream.Collectors.joining(", "))
                    + placement.query().stream().map(parameter -> "?" + parameter.name() + "=" + parameter.shown())
                    .collect(java.util.stream.Collectors.joining());
            return new FamilyInput(shown, placement.appliedTo(ApiRequest.getModel(seeds.modelId(), "the configured API key as " + shown)));
        }).toList();
    }

    private static KeyPresentation header(String name, String value, String shown) {
        return KeyPresentation.inHeader("", name, value, shown);
    }

    private static KeyPresentation query(String name, String key) {
        return KeyPresentation.inQuery("", name, key, ShellKey.KEY);
    }
}
