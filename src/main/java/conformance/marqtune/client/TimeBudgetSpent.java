package conformance.marqtune.client;

/**
 * The run's time budget, or its budget for waiting out 429s, is spent: what was still to be sent is not
 * sent. No conformance verdict; the run ends, in bounded time, with a failure that says so.
 */
public final class TimeBudgetSpent extends RuntimeException {

    public TimeBudgetSpent(String why) {
        super("not run: " + why);
    }
}
