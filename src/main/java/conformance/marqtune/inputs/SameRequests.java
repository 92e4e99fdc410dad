package conformance.marqtune.inputs;

import conformance.marqtune.client.ShellKey;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import conformance.marqtune.request.QueryParameter;
import conformance.marqtune.request.Routes;
import java.util.List;
import java.util.Locale;

/**
 * The forms of the documented request the contract counts as the same, each of which must get the model: what HTTP
 * makes the same (a field name in any case, whitespace around a value, an absolute-form target), what RFC 9562 does (a
 * UUID in either case), a query the route does not read, and the contract's one choice: a percent-encoded unreserved
 * character, decoded once (the model) or not at all (the answer that reading gets).
 */
public final class SameRequests {

    public static final List<RequestFamily> FAMILIES = List.of(
            new RequestFamily("with whitespace around the key's value",
                    "RFC 9110, 5.5: spaces and tabs around a field's value are not part of it; a check that compares the raw value misses it",
                    seeds -> List.of(
                            keyed(seeds, new HeaderField(ApiRequest.API_KEY_HEADER, " " + seeds.key() + " ", " " + ShellKey.KEY + " ")),
                            keyed(seeds, new HeaderField(ApiRequest.API_KEY_HEADER, "\t" + seeds.key() + "\t", "\t" + ShellKey.KEY + "\t")))),
            new RequestFamily("with the key's field name in upper case",
                    "RFC 9110, 5.1: field names are case-insensitive; a lookup in a map keyed by the name as sent misses it",
                    seeds -> List.of(keyed(seeds, new HeaderField("X-API-KEY", seeds.key(), ShellKey.KEY)))),
            new RequestFamily("with the model's id in upper case",
                    "RFC 9562: a UUID is case-insensitive; a lookup that compares the id as text misses it",
                    seeds -> List.of(new FamilyInput(seeds.modelId().toUpperCase(Locale.ROOT),
                            seeds.documented().withRoute(Routes.model(seeds.modelId().toUpperCase(Locale.ROOT)))
                                    .describedAs("the configured API key, the model's id in upper case")))),
            new RequestFamily("with its target in absolute form",
                    "RFC 9112, 3.2.2: a server must accept a request-target in absolute form; a router that matches the target as sent misses it",
                    seeds -> List.of(new FamilyInput("GET http://…/models/" + seeds.modelId(),
                            seeds.documented().inAbsoluteForm().describedAs("the configured API key, the target in absolute form")))),
            new RequestFamily("with a query the route does not read",
                    "a router that matches the path and its query together, or a gateway that refuses what it does not know",
                    seeds -> List.of(new FamilyInput("?unused=1", seeds.documented().withQueryParameter(QueryParameter.plain("unused", "1"))
                            .describedAs("the configured API key, a query the route does not read")))),
            new RequestFamily("with an unreserved character percent-encoded",
                    "RFC 3986, 6.2.2.2: a server may decode %2D and %6F once, and then finds the model; or not at all, and refuses it",
                    seeds -> List.of(
                            new FamilyInput("/models/" + seeds.modelId().replaceFirst("-", "%2D"),
                                    seeds.documented().withRoute("/models/" + seeds.modelId().replaceFirst("-", "%2D"))
                                            .describedAs("the configured API key, a hyphen of the id percent-encoded")),
                            new FamilyInput("/m%6Fdels/" + seeds.modelId(), seeds.documented().withRoute("/m%6Fdels/" + seeds.modelId())
                                    .describedAs("the configured API key, a letter of models percent-encoded")))));

    private SameRequests() {
    }

    private static FamilyInput keyed(Seeds seeds, HeaderField key) {
        String shown = key.name() + ": '" + NearMissOutcome.readable(key.shown()) + "'";
        return new FamilyInput(shown, ApiRequest.getModel(seeds.modelId(), "the configured API key as " + shown).withField(key));
    }
}
