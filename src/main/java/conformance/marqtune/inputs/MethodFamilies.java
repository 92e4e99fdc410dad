package conformance.marqtune.inputs;

import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import conformance.marqtune.request.QueryParameter;
import java.util.List;

/**
 * The methods that are not GET, as data. A method is GET only when it is exactly {@code GET} (RFC 9110, 9.1), and
 * every other method gets "Invalid request method", including those a framework answers by itself for a route that
 * declares only GET. The methods are those of IANA's HTTP Method Registry that the registry marks safe, beside the
 * writes the documented feature sends (POST, PUT, PATCH); each goes to a UUID made up at random for it, so that none
 * can touch a model. The registry's other methods are not sent: on a server that implements them (WebDAV,
 * versioning, bindings) MKCOL, LOCK, COPY, MOVE or BIND create or change a resource even at an unmapped URL
 * (RFC 4918, 9.3 and 9.10.4), and DELETE is never sent at all.
 */
public final class MethodFamilies {

    public static final List<RequestFamily> FAMILIES = List.of(
            new RequestFamily("that frameworks answer by themselves for a GET route",
                    "HEAD: Spring MVC, Express, Flask (Werkzeug), Starlette and FastAPI, and Go's ServeMux answer it as GET; OPTIONS: "
                            + "Spring MVC, Express and Flask answer it with an Allow header; TRACE: Tomcat and Jetty echo the request where it is on",
                    seeds -> methods(seeds, "HEAD", "OPTIONS", "TRACE")),
            new RequestFamily("that the registry marks safe, of WebDAV, versioning and search",
                    "a server that reads with every method the registry marks safe (RFC 9110, 9.2.1), or that refuses only the methods "
                            + "it knows to write (POST, PUT, PATCH, DELETE)",
                    seeds -> methods(seeds, "PROPFIND", "REPORT", "SEARCH", "QUERY")),
            new RequestFamily("GET in lower case",
                    "ASP.NET Core's routing compares methods without case, and Werkzeug upper-cases the method before routing: every "
                            + "spelling of GET but GET is one to them, so one spelling tries them all",
                    seeds -> methods(seeds, "get")),
            new RequestFamily("POST that asks to be read as GET",
                    "ASP.NET Core's UseHttpMethodOverride (X-HTTP-Method-Override), OData's X-HTTP-Method, X-Method-Override, "
                            + "and the _method parameter of Express's method-override, Spring's HiddenHttpMethodFilter, Rails and Laravel",
                    seeds -> List.of(
                            overridden(seeds, "X-HTTP-Method-Override"),
                            overridden(seeds, "X-HTTP-Method"),
                            overridden(seeds, "X-Method-Override"),
                            new FamilyInput("POST ?_method=GET", seeds.forFreshId().withMethod("POST")
                                    .withQueryParameter(QueryParameter.plain("_method", "GET"))))));

    private MethodFamilies() {
    }

    private static List<FamilyInput> methods(Seeds seeds, String... methods) {
        return java.util.Arrays.stream(methods).map(method -> new FamilyInput(method, seeds.forFreshId().withMethod(method)
                .describedAs("the configured API key, the method " + method))).toList();
    }

    private static FamilyInput overridden(Seeds seeds, String field) {
        ApiRequest request = seeds.forFreshId().withMethod("POST").withField(HeaderField.plain(field, "GET"))
                .describedAs("the configured API key, POST with " + field + ": GET");
        return new FamilyInput("POST, " + field + ": GET", request);
    }
}
