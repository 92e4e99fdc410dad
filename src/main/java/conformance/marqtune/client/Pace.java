package conformance.marqtune.client;

import java.time.Duration;

/**
 * How fast, and for how long, a client may go: it waits here before every attempt (a rate limit; the
 * run's time budget) and waits out a 429 here (within the run's budget for such waits).
 */
public interface Pace {

    /** Waits until the next attempt may go; throws {@link TimeBudgetSpent} when the run's time is up. */
    void awaitTurn();

    /** Waits as a 429 asked, or throws {@link TimeBudgetSpent} when the run may wait no longer. */
    void waitOut(Duration asked);

    /** No limit of rate or time: for the suite's own tests. */
    static Pace unlimited() {
        return new Pace() {
            @Override
            public void awaitTurn() {
                // no rate, no budget
            }

            @Override
            public void waitOut(Duration asked) {
                RunPace.sleep(asked);
            }
        };
    }
}
