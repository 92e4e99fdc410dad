package conformance.marqtune.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random near-misses of one to three edits around a documented request, each sent and judged within a request budget;
 * the first wrong answer is shrunk, edit by edit, to the fewest edits still wrong. The same seed, space and budget make
 * the same inputs.
 *
 * <p>Hand-written rather than jqwik's: the search runs inside one Cucumber step against a live target, paced and
 * budgeted, where a property engine's lifecycle (runs, tries, shrinking as JUnit tests) cannot run; what it needs of
 * one is a few dozen lines.
 */
public final class SeededSearch<E> {

    public interface Space<E> {

        /** One candidate: which of the space's starting points it edits, and its edits. */
        Candidate<E> draw(Random random);

        /** Whether these edits make an input at all: not the documented request itself, nothing the client may not send. */
        boolean admissible(Candidate<E> candidate);

        /** The input as a report may show it (a key only as its edits). */
        String shown(Candidate<E> candidate);

        /** The edits in words: {@code replace id[16] with '7', the key in apikey (2 edits)}. */
        String edits(Candidate<E> candidate);
    }

    @FunctionalInterface
    public interface Probe<E> {
        Optional<Wrong> wrongAnswer(Candidate<E> candidate);
    }

    public record Wrong(String answer, boolean echoedTheKey, String curl) {
    }

    /** One input: the starting point it edits ({@code 0} the model's own request, {@code 1} another UUID's), and its edits. */
    public record Candidate<E>(int start, List<E> edits) {
        public Candidate {
            edits = List.copyOf(edits);
        }

        Candidate<E> without(int edit) {
            List<E> fewer = new ArrayList<>(edits);
            fewer.remove(edit);
            return new Candidate<>(start, fewer);
        }
    }

    public record Finding(long seed, String found, String shrunk, String shrunkInput, int shrunkEdits, Wrong wrong,
                          int requests) {
    }

    public record Outcome(int requests, Optional<Finding> finding) {
    }

    private final long seed;
    private final int budget;
    private final int concurrency;
    private final Space<E> space;

    /**
     * @param concurrency inputs at a time while searching (shrinking goes one at a time); inputs and finding are those
     * of a search one at a time, with at most {@code concurrency - 1} requests more
     */
    public SeededSearch(long seed, int budget, int concurrency, Space<E> space) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("a search sends at least one input at a time, was " + concurrency);
        }
        this.seed = seed;
        this.budget = budget;
        this.concurrency = concurrency;
        this.space = space;
    }

    /** Searches within the budget; the probe is called from as many threads at once as the search's concurrency. */
    public Outcome run(Probe<E> probe) {
        List<Candidate<E>> candidates = candidates();
        int requests = 0;
        try (OrderedSenders senders = new OrderedSenders(concurrency)) {
            for (int from = 0; from < candidates.size(); from += concurrency) {
                List<Candidate<E>> window = candidates.subList(from, Math.min(from + concurrency, candidates.size()));
                List<Probed> answers = senders.map(window, candidate -> Probed.of(probe, candidate));
                requests += window.size();
                // in the inputs' order, as one at a time: the first wrong answer is the finding, unless a failure came first
                for (int i = 0; i < window.size(); i++) {
                    Probed answer = answers.get(i);
                    answer.rethrowFailure();
                    if (answer.wrong().isPresent()) {
                        return shrink(window.get(i), answer.wrong().get(), requests, probe);
                    }
                }
            }
        }
        return new Outcome(requests, Optional.empty());
    }

    /** One input's answer, or the failure that came instead of one (a transport failure, a verdict of its own). */
    private record Probed(Optional<Wrong> wrong, Throwable failure) {
        static <E> Probed of(Probe<E> probe, Candidate<E> candidate) {
            try {
                return new Probed(probe.wrongAnswer(candidate), null);
            } catch (RuntimeException | Error failure) {
                return new Probed(Optional.empty(), failure);
            }
        }

        void rethrowFailure() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
    }

    /** The inputs the search sends, in order, as many as its budget: drawn from the seed alone, so always the same. */
    private List<Candidate<E>> candidates() {
        Random random = new Random(seed);
        List<Candidate<E>> candidates = new ArrayList<>();
        int draws = 0;
        while (candidates.size() < budget && draws++ < budget * 20) {
            Candidate<E> candidate = space.draw(random);
            if (space.admissible(candidate)) {
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    private Outcome shrink(Candidate<E> original, Wrong wrong, int requests, Probe<E> probe) {
        Candidate<E> smallest = original;
        Wrong smallestWrong = wrong;
        boolean removed = true;
        while (removed && smallest.edits().size() > 1) {
            removed = false;
            for (int i = smallest.edits().size() - 1; i >= 0 && requests < budget; i--) {
                Candidate<E> fewer = smallest.without(i);
                if (!space.admissible(fewer)) {
                    continue;
                }
                requests++;
                Optional<Wrong> stillWrong = probe.wrongAnswer(fewer);
                if (stillWrong.isPresent()) {
                    smallest = fewer;
                    smallestWrong = stillWrong.get();
                    removed = true;
                    break;
                }
            }
        }
        return new Outcome(requests, Optional.of(new Finding(seed, space.edits(original), space.edits(smallest), space.shown(smallest),
                smallest.edits().size(), smallestWrong, requests)));
    }

    public static int editCount(Random random) {
        double size = random.nextDouble();
        return size < 0.7 ? 1 : size < 0.9 ? 2 : 3;
    }
}
