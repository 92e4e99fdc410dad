package conformance.marqtune.client;

import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.Routes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps the suite safe against a live environment, checked before anything is sent: never DELETE, in any spelling,
 * field or parameter that names another method; any method but exactly GET goes only to a model id just generated at
 * random, which names no model.
 */
final class ReadOnlyGuard {

    /** The header fields and the query parameter by which frameworks let a request name another method. */
    static final List<String> METHOD_OVERRIDE_FIELDS = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
    static final String METHOD_OVERRIDE_PARAMETER = "_method";

    private ReadOnlyGuard() {
    }

    static final String DESCRIPTION = "GET to any path; HEAD, OPTIONS, TRACE, PROPFIND, REPORT, SEARCH, QUERY, POST, PUT and "
            + "PATCH, GET in lower case, and POST that names GET in an override field, only to a freshly generated random model "
            + "id; never DELETE, in any spelling or field";

    static void check(ApiRequest request) {
        List<String> methods = methodsNamed(request);
        if (methods.stream().anyMatch(method -> method.strip().toUpperCase(Locale.ROOT).equals("DELETE"))) {
            throw new UnsafeRequestException("DELETE is never sent, nor named as the method a server should read: on the "
                    + "live service it deletes a model");
        }
        if (methods.stream().allMatch("GET"::equals)) {
            return;
        }
        Optional<String> fresh = request.freshId();
        boolean aimedAtFreshId = fresh.isPresent() && request.route().equals(Routes.model(fresh.get()));
        if (!aimedAtFreshId) {
            throw new UnsafeRequestException("a request with the method " + String.join(" or ", methods)
                    + " is sent only to a freshly generated random model id, never to a model that may exist");
        }
    }

    private static List<String> methodsNamed(ApiRequest request) {
        Stream<String> overrides = request.fields().stream()
                .filter(field -> METHOD_OVERRIDE_FIELDS.stream().anyMatch(field::isNamed))
                .map(field -> field.value());
        Stream<String> parameters = request.query().stream()
                .filter(parameter -> parameter.name().equalsIgnoreCase(METHOD_OVERRIDE_PARAMETER))
                .map(parameter -> parameter.value());
        return Stream.concat(Stream.of(request.method()), Stream.concat(overrides, parameters)).toList();
    }

    /** An error of the suite itself, not a finding about the target. */
    static final class UnsafeRequestException extends IllegalStateException {
        UnsafeRequestException(String message) {
            super("refused before sending: " + message);
        }
    }
}
