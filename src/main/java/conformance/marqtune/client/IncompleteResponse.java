package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.Evidence;
import conformance.marqtune.verdict.RuleBroken;
import java.util.List;
import java.util.Optional;

/** The body stopped short of its announced end: the server's fault as far as a client can tell, never retried. */
public final class IncompleteResponse extends RuleBroken {

    public IncompleteResponse(Exchange exchange, String cause, SecretMask mask) {
        super("every response", List.of(new BrokenRule("the body arrives whole", "a body of the announced length", cause)),
                List.of(), Optional.of(new Evidence(exchange.toString(), "cut short: " + cause, exchange.curl())), mask::mask);
    }
}
