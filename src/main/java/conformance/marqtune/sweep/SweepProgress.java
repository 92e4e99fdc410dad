package conformance.marqtune.sweep;

import java.io.PrintStream;
import java.time.Duration;

/** A long sweep's progress, a line at most every two seconds; a short sweep's is in the ledger and report alone. */
final class SweepProgress {

    static final Duration EVERY = Duration.ofSeconds(2);

    private final PrintStream out;
    private final Duration every;
    private long last = System.nanoTime();
    private volatile boolean reported;

    SweepProgress(PrintStream out) {
        this(out, EVERY);
    }

    /** A line at most every {@code every}: the suite's own tests shorten it, so that a sweep need not last seconds. */
    SweepProgress(PrintStream out, Duration every) {
        this.out = out;
        this.every = every;
    }

    Duration every() {
        return every;
    }

    synchronized void reportIfDue(int done, int nonconforming, int total, long start) {
        long now = System.nanoTime();
        if (now - last < every.toNanos()) {
            return;
        }
        last = now;
        reported = true;
        double rate = done / Math.max((now - start) / 1e9, 1e-9);
        long left = rate > 0 ? Math.round((total - done) / rate) : -1;
        out.printf("Sweep: %d/%d models checked, %.0f models/s, %d non-conforming, %s%n", done, total, rate,
                nonconforming, left < 0 ? "time left unknown" : "about " + left + " s left");
    }

    void finished(SweepResult result) {
        if (reported) {
            out.println("Sweep: " + result.figures());
        }
    }
}
