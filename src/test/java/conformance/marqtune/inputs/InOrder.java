package conformance.marqtune.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A function applied to each of a list, {@code concurrency} at a time, its results in the list's order:
 * how a family of near-misses, and each batch of the seeded search, is sent. The threads are started from the caller's, whose Allure context
 * they inherit, so that their exchanges are attached to the caller's scenario.
 */
final class InOrder {

    private InOrder() {
    }

    static <T, R> List<R> map(List<T> items, int concurrency, Function<T, R> each) {
        if (concurrency <= 1 || items.size() <= 1) {
            return items.stream().map(each).toList();
        }
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(concurrency, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "near-misses");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> pending = items.stream().map(item -> senders.submit(() -> each.apply(item))).toList();
            List<R> results = new ArrayList<>();
            for (Future<R> one : pending) {
                results.add(result(one));
            }
            return results;
        } finally {
            senders.shutdownNow();
        }
    }

    /** The result; a failure of one item (a transport failure, a verdict) is the caller's, as it would be one at a time. */
    private static <R> R result(Future<R> pending) {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error verdict) {
                throw verdict;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while near-misses were out", e);
        }
    }
}
