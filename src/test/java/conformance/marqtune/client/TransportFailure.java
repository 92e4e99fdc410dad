package conformance.marqtune.client;

import javax.net.ssl.SSLException;

/**
 * No HTTP response came back: the connection was refused, reset or timed out, the peer did not speak
 * HTTP, or TLS failed. It says nothing about conformance, and the report files it under its own
 * category; its message names the request (never the key), the attempts and the cause.
 */
public final class TransportFailure extends RuntimeException {

    public TransportFailure(Exchange exchange, int attempts, Throwable cause) {
        super("transport failure, not a conformance verdict: " + exchange + " got no HTTP response after "
                + attempts + (attempts == 1 ? " attempt" : " attempts") + ": " + describe(cause)
                + System.lineSeparator() + "  reproduce: " + exchange.curl(), cause);
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
