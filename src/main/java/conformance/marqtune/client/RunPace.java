package conformance.marqtune.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The run's one rate limit of bulk requests, its deadline and 429 budget: once spent, no client sends more. */
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

    /** The same budgets without the rate limit: for the run's requests that are not bulk. */
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

    /** Nothing more is sent and no scenario starts: how the self-check ends a deviation's run once caught. */
    public void stop(String why) {
        spent.compareAndSet(null, why);
    }

    public Optional<String> spent() {
        return Optional.ofNullable(spent.get());
    }

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
