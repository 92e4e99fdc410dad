package conformance.marqtune.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pace of a whole run: its one rate limit of bulk requests (where it has one), its deadline, and its
 * budget for waiting out 429s. Once either budget is spent, every client of the run stops sending, and
 * the run says why.
 */
public final class RunPace implements Pace {

    private final Optional<RateLimit> rate;
    private final long deadlineNanos;
    private final Duration maxRun;
    private final Duration maxThrottleWait;
    private final AtomicLong waitedNanos = new AtomicLong();
    private final AtomicReference<String> spent = new AtomicReference<>();

    public RunPace(Optional<RateLimit> rate, Duration maxRun, Duration maxThrottleWait) {
        this.rate = rate;
        this.maxRun = maxRun;
        this.deadlineNanos = System.nanoTime() + maxRun.toNanos();
        this.maxThrottleWait = maxThrottleWait;
    }

    /** The same budgets, without the rate limit: for the run's requests that are not bulk. */
    public Pace unpaced() {
        RunPace run = this;
        return new Pace() {
            @Override
            public void awaitTurn() {
                run.checkTime();
            }

            @Override
            public void waitOut(Duration asked) {
                run.waitOut(asked);
            }
        };
    }

    @Override
    public void awaitTurn() {
        checkTime();
        rate.ifPresent(RateLimit::awaitTurn);
    }

    @Override
    public void waitOut(Duration asked) {
        long left = maxThrottleWait.toNanos() - waitedNanos.get();
        if (left <= 0) {
            throw spend("the run's time for waiting out 429s (" + maxThrottleWait.toSeconds() + " s) is spent");
        }
        Duration wait = asked.toNanos() > left ? Duration.ofNanos(left) : asked;
        waitedNanos.addAndGet(wait.toNanos());
        sleep(wait);
    }

    /**
     * Stops the run now, for {@code why}: no request is sent any more and no scenario starts. The self-check
     * stops a deviation's run this way once a check has caught the deviation.
     */
    public void stop(String why) {
        spent.compareAndSet(null, why);
    }

    /** Why the run stopped sending, once it has. */
    public Optional<String> spent() {
        return Optional.ofNullable(spent.get());
    }

    /** Whether the run's time is up, and nothing more may start. */
    public boolean timeIsUp() {
        return spent.get() != null || System.nanoTime() - deadlineNanos > 0;
    }

    private void checkTime() {
        if (timeIsUp()) {
            throw spend("the run's time budget (" + maxRun.toSeconds() + " s, marqtune.run.maxSeconds) is spent");
        }
    }

    private TimeBudgetSpent spend(String why) {
        spent.compareAndSet(null, why);
        return new TimeBudgetSpent(spent.get());
    }

    static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out a 429", e);
        }
    }
}
