package conformance.marqtune.inputs;

import java.util.List;
import java.util.function.Function;

/**
 * The paths that are not the route, as data: each one transformation a router, framework or gateway applies before
 * matching, applied to the model's own path, so that a server that rewrites it into the route and finds the model is
 * caught. Any path but exactly {@code models} and the id gets "Invalid request method"; only what follows the base
 * URL's own path changes, as what lies outside it is whatever else serves the host.
 */
public final class PathFamilies {

    public static final List<RequestFamily> FAMILIES = List.of(
            new RequestFamily("with a slash after the id",
                    "Express (strict routing off, its default), Spring MVC's trailing-slash match (the default before 6.0), ASP.NET Core "
                            + "routing and AWS API Gateway match it",
                    paths(id -> List.of("/models/" + id + "/"))),
            new RequestFamily("with a slash repeated",
                    "nginx (merge_slashes, on by default), Tomcat, Werkzeug (merge_slashes) and Go's ServeMux (by redirect) merge slashes",
                    paths(id -> List.of("//models/" + id, "/models//" + id))),
            new RequestFamily("with a dot-segment, plain or percent-encoded",
                    "nginx, Tomcat, Jetty, Go's ServeMux (by redirect) and every URL parser (RFC 3986, 5.2.4) resolve . and .. before "
                            + "matching; a gateway that routes on the decoded path resolves %2E%2E too, as nginx does before it matches a location",
                    paths(id -> List.of("/models/./" + id, "/models/../models/" + id, "/models/%2E%2E/models/" + id))),
            new RequestFamily("with models in another case",
                    "Express (case-sensitive routing off, its default), ASP.NET Core routing and Spring's AntPathMatcher set to ignore case",
                    paths(id -> List.of("/Models/" + id))),
            new RequestFamily("with a ;parameter on models",
                    "Tomcat and Jetty drop ;parameters from each segment before mapping, as Spring's UrlPathHelper does (removeSemicolonContent)",
                    paths(id -> List.of("/models;v=1/" + id))),
            new RequestFamily("with the slash before the id percent-encoded",
                    "nginx decodes %2F before it passes the path to a proxy_pass that names a URI; Tomcat and Jetty can be set to decode it",
                    paths(id -> List.of("/models%2F" + id))),
            new RequestFamily("with a percent-encoded backslash for the slash",
                    "Tomcat (with allowBackslash), IIS and ASP.NET read a backslash as a slash",
                    paths(id -> List.of("/models%5C" + id))),
            new RequestFamily("with models percent-encoded twice",
                    "a proxy and a service that each decode the path once: %256F is %6F to one and o to the other",
                    paths(id -> List.of("/m%256Fdels/" + id))),
            new RequestFamily("with a suffix on models",
                    "Spring MVC's suffix pattern match (the default before 5.3) reads /models.json as /models",
                    paths(id -> List.of("/models.json/" + id))),
            new RequestFamily("with a segment after the id",
                    "a router that matches by prefix: Go's ServeMux with a subtree pattern, a gateway's greedy {proxy+} path",
                    paths(id -> List.of("/models/" + id + "/details"))));

    private PathFamilies() {
    }

    private static Function<Seeds, List<FamilyInput>> paths(Function<String, List<String>> routes) {
        return seeds -> routes.apply(seeds.modelId()).stream().map(route -> new FamilyInput(route, seeds.documented().withRoute(route)
                .describedAs("the configured API key, the path " + route))).toList();
    }
}
