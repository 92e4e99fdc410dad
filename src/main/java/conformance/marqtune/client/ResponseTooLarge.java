package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.Evidence;
import conformance.marqtune.verdict.RuleBroken;
import java.util.List;
import java.util.Optional;

/** Past {@code marqtune.response.maxBytes} the client stops reading: a broken rule, never a run out of memory. */
public final class ResponseTooLarge extends RuleBroken {

    public ResponseTooLarge(Exchange exchange, long maxBytes, SecretMask mask) {
        super("every response", List.of(new BrokenRule("the body is at most " + maxBytes + " bytes",
                        "a body of at most " + maxBytes + " bytes", "the body is larger than " + maxBytes + " bytes")),
                List.of(), Optional.of(new Evidence(exchange.toString(), "larger than " + maxBytes + " bytes; not read further",
                        exchange.curl() + " | head -c 1000")), mask::mask);
    }
}
