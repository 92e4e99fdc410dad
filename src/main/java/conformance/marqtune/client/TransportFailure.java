package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import javax.net.ssl.SSLException;

/**
 * No HTTP response came back: no conformance verdict, and filed apart. It carries no cause object: a library's
 * exception text is not masked, so only its masked description travels.
 */
public final class TransportFailure extends RuntimeException {

    private final String reason;

    public TransportFailure(Exchange exchange, int attempts, String cause, SecretMask mask) {
        super(mask.mask("transport failure, not a conformance verdict: " + exchange + " got no HTTP response after "
                + attempts + (attempts == 1 ? " attempt" : " attempts") + ": " + cause
                + System.lineSeparator() + "  reproduce: " + exchange.curl()));
        this.reason = mask.mask(cause);
    }

    /** Many requests that got no response, summed up (as the sweep does): {@code summary} says which and why. */
    public TransportFailure(String summary, SecretMask mask) {
        super(mask.mask("transport failure, not a conformance verdict: " + summary));
        this.reason = mask.mask(summary);
    }

    public String reason() {
        return reason;
    }

    public static String describe(Throwable failure) {
        Throwable root = failure;
        boolean tls = failure instanceof SSLException;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            tls |= root instanceof SSLException;
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        return (tls ? "TLS handshake failed: " : "") + (message.isBlank() ? "no detail" : message)
                + " (" + root.getClass().getName() + ")";
    }
}
