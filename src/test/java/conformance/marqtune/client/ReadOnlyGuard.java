package conformance.marqtune.client;

import java.util.Locale;
import java.util.Set;

/**
 * The rule that keeps the suite safe against a live environment, checked before anything is sent:
 * no DELETE ever, and no method other than GET or HEAD except to a model id that this client has
 * just generated at random, which names no model.
 */
final class ReadOnlyGuard {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    private ReadOnlyGuard() {
    }

    /** The methods a run may send at all, as the report's Environment section lists them. */
    static final String DESCRIPTION = "GET and HEAD to any path; POST, PUT and PATCH only to a freshly generated random "
            + "model id; never DELETE";

    /** Refuses {@code method} unless it is safe; a method not in upper case is refused too, as libraries would upper-case it. */
    static void check(String method, boolean targetIsFreshRandomId) {
        String normalized = method.strip().toUpperCase(Locale.ROOT);
        if (!normalized.equals(method)) {
            throw new UnsafeRequestException("the method '" + method + "' is not written as HTTP methods are, in upper case");
        }
        if ("DELETE".equals(method)) {
            throw new UnsafeRequestException("DELETE is never sent: on the live service it deletes a model");
        }
        if (!READ_METHODS.contains(method) && !targetIsFreshRandomId) {
            throw new UnsafeRequestException(method + " is sent only to a freshly generated random model id, "
                    + "never to a model that may exist");
        }
    }

    /** An error of the suite itself, not a finding about the target. */
    static final class UnsafeRequestException extends IllegalStateException {
        UnsafeRequestException(String message) {
            super("refused before sending: " + message);
        }
    }
}
