package conformance.marqtune.client;

import conformance.marqtune.configuration.SecretMask;

/**
 * The target still answered 429 Too Many Requests after every resend the configuration allows: the run
 * went faster than the environment's rate limit, which says nothing about conformance. The report files
 * it under its own category.
 */
public final class Throttled extends RuntimeException {

    public Throttled(Exchange exchange, int responses, SecretMask mask) {
        super(mask.mask("throttled, not a conformance verdict: " + exchange + " was answered 429 Too Many Requests "
                + responses + " times in a row; lower marqtune.sweep.ratePerSecond or marqtune.sweep.concurrency, or raise "
                + "marqtune.throttle.retries" + System.lineSeparator() + "  reproduce: " + exchange.curl()));
    }
}
