package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;

/**
 * The status line and headers arrived, but the body stopped before its announced end (a
 * {@code Content-Length} or chunk that was not honoured). That is the server's fault, not the network's
 * as far as a client can tell: a conformance failure, never retried.
 */
public final class IncompleteResponse extends AssertionError {

    public IncompleteResponse(Exchange exchange, String cause, SecretMask mask) {
        super(mask.mask(System.lineSeparator() + "the response to " + exchange + ": rule broken: the body arrives whole"
                + System.lineSeparator() + "  expected:  a body of the announced length"
                + System.lineSeparator() + "  actual:    " + cause
                + System.lineSeparator() + "  reproduce: " + exchange.curl()));
    }
}
