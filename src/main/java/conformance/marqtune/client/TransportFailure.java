package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import javax.net.ssl.SSLException;

/**
 * No HTTP response came back: the connection was refused, reset or timed out, the peer did not speak
 * HTTP, or TLS failed. It says nothing about conformance, and the report files it under its own
 * category; its message names the request (never the key), the attempts and the cause. It carries no
 * cause object: a library's exception text is not masked, so only its masked description travels.
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

    /** Why no response came, in a few words: {@code Connection refused (java.net.ConnectException)}. */
    public String reason() {
        return reason;
    }

    /** The innermost cause in words: {@code connection refused (java.net.ConnectException)}. */
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
