package conformance.marqtune.client;

/** A time budget is spent: nothing more is sent, and the run ends in bounded time, with no conformance verdict. */
public final class TimeBudgetSpent extends RuntimeException {

    public TimeBudgetSpent(String why) {
        super("not run: " + why);
    }
}
