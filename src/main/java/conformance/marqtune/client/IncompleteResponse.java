package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.Evidence;
import conformance.marqtune.verdict.RuleBroken;
import java.util.List;
import java.util.Optional;

/**
 * The status line and headers arrived, but the body stopped before its announced end (a
 * {@code Content-Length} or chunk that was not honoured). That is the server's fault, not the network's
 * as far as a client can tell: a broken rule of every response, never retried.
 */
public final class IncompleteResponse extends RuleBroken {

    public IncompleteResponse(Exchange exchange, String cause, SecretMask mask) {
        super("every response", List.of(new BrokenRule("the body arrives whole", "a body of the announced length", cause)),
                List.of(), Optional.of(new Evidence(exchange.toString(), "cut short: " + cause, exchange.curl())), mask::mask);
    }
}
