package conformance.marqtune.inputs;

import java.util.List;
import java.util.function.Function;

/**
 * The paths that are not the route, as data: each one transformation that a router, a framework or a gateway
 * applies before it matches, applied to the model's own path, so that a server that rewrites the path into the
 * route and finds the model is caught. The route is the base URL's own path followed by exactly two segments,
 * {@code models} and the id; any other path gets "Invalid request method", even one that a component would rewrite
 * into the route. Only what follows the base URL's own path changes: what lies outside it is whatever else serves
 * that host.
 */
public enum PathFamily implements RequestFamily {

    TRAILING_SLASH("with a slash after the id",
            "Express (strict routing off, its default), Spring MVC's trailing-slash match (the default before 6.0), ASP.NET Core "
                    + "routing and AWS API Gateway match it",
            id -> List.of("/models/" + id + "/")),
    REPEATED_SLASH("with a slash repeated",
            "nginx (merge_slashes, on by default), Tomcat, Werkzeug (merge_slashes) and Go's ServeMux (by redirect) merge slashes",
            id -> List.of("//models/" + id, "/models//" + id)),
    DOT_SEGMENT("with a dot-segment, plain or percent-encoded",
            "nginx, Tomcat, Jetty, Go's ServeMux (by redirect) and every URL parser (RFC 3986, 5.2.4) resolve . and .. before "
                    + "matching; a gateway that routes on the decoded path resolves %2E%2E too, as nginx does before it matches a location",
            id -> List.of("/models/./" + id, "/models/../models/" + id, "/models/%2E%2E/models/" + id)),
    ROUTE_IN_ANOTHER_CASE("with models in another case",
            "Express (case-sensitive routing off, its default), ASP.NET Core routing and Spring's AntPathMatcher set to ignore case",
            id -> List.of("/Models/" + id)),
    PATH_PARAMETER("with a ;parameter on models",
            "Tomcat and Jetty drop ;parameters from each segment before mapping, as Spring's UrlPathHelper does (removeSemicolonContent)",
            id -> List.of("/models;v=1/" + id)),
    ENCODED_SLASH("with the slash before the id percent-encoded",
            "nginx decodes %2F before it passes the path to a proxy_pass that names a URI; Tomcat and Jetty can be set to decode it",
            id -> List.of("/models%2F" + id)),
    ENCODED_BACKSLASH("with a percent-encoded backslash for the slash",
            "Tomcat (with allowBackslash), IIS and ASP.NET read a backslash as a slash",
            id -> List.of("/models%5C" + id)),
    DECODED_TWICE("with models percent-encoded twice",
            "a proxy and a service that each decode the path once: %256F is %6F to one and o to the other",
            id -> List.of("/m%256Fdels/" + id)),
    SUFFIX("with a suffix on models",
            "Spring MVC's suffix pattern match (the default before 5.3) reads /models.json as /models",
            id -> List.of("/models.json/" + id)),
    EXTRA_SEGMENT("with a segment after the id",
            "a router that matches by prefix: Go's ServeMux with a subtree pattern, a gateway's greedy {proxy+} path",
            id -> List.of("/models/" + id + "/details"));

    private final String title;
    private final String standsFor;
    private final Function<String, List<String>> routes;

    PathFamily(String title, String standsFor, Function<String, List<String>> routes) {
        this.title = title;
        this.standsFor = standsFor;
        this.routes = routes;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String standsFor() {
        return standsFor;
    }

    @Override
    public List<FamilyInput> inputs(Seeds seeds) {
        return routes.apply(seeds.modelId()).stream().map(route -> new FamilyInput(route, seeds.documented().withRoute(route)
                .describedAs("the configured API key, the path " + route))).toList();
    }
}
