package conformance.marqtune.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A function applied {@code concurrency} at a time, its results in order. One pool per family or search keeps its
 * threads' connections alive between batches; its threads inherit the caller's Allure context, so use it on the thread
 * that made it.
 */
final class OrderedSenders implements AutoCloseable {

    /** Null when one at a time: the caller's own thread sends. */
    private final ExecutorService senders;

    OrderedSenders(int concurrency) {
        this.senders = concurrency <= 1 ? null : Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "near-misses");
            thread.setDaemon(true);
            return thread;
        });
    }

    static <T, R> List<R> map(List<T> items, int concurrency, Function<T, R> each) {
        try (OrderedSenders senders = new OrderedSenders(Math.min(concurrency, items.size()))) {
            return senders.map(items, each);
        }
    }

    <T, R> List<R> map(List<T> items, Function<T, R> each) {
        if (senders == null || items.size() <= 1) {
            return items.stream().map(each).toList();
        }
        List<Future<R>> pending = items.stream().map(item -> senders.submit(() -> each.apply(item))).toList();
        List<R> results = new ArrayList<>();
        for (Future<R> one : pending) {
            results.add(result(one));
        }
        return results;
    }

    @Override
    public void close() {
        if (senders != null) {
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
