package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;

/** Still 429 after every allowed resend: the run outpaced the rate limit, which is no conformance verdict. */
public final class Throttled extends RuntimeException {

    public Throttled(Exchange exchange, int responses, SecretMask mask) {
        super(mask.mask("throttled, not a conformance verdict: " + exchange + " was answered 429 Too Many Requests "
                + responses + " times in a row; lower marqtune.sweep.ratePerSecond or marqtune.sweep.concurrency, or raise "
                + "marqtune.throttle.retries" + System.lineSeparator() + "  reproduce: " + exchange.curl()));
    }
}
