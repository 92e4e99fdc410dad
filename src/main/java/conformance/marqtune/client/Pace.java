package conformance.marqtune.client;

import java.time.Duration;

/** Where every attempt waits its turn (rate limit, time budget) and waits out a 429 (within the run's budget). */
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
