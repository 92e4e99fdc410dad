package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.Evidence;
import conformance.marqtune.verdict.RuleBroken;
import java.util.List;
import java.util.Optional;

/** A body in a coding not accepted, or that does not decode: no client could read it; never retried. */
public final class UndecodableResponse extends RuleBroken {

    public UndecodableResponse(Exchange exchange, int status, String codings, String why, SecretMask mask) {
        super("every response", List.of(new BrokenRule("the body comes in a content coding the request accepts",
                        ContentCodings.ACCEPTED + ", or none", why)),
                List.of(), Optional.of(new Evidence(exchange.toString(), "HTTP " + status + ", Content-Encoding: " + codings
                        + "; the body is not shown", exchange.curl())), mask::mask);
    }
}
