package conformance.marqtune.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A seeded search of a space of inputs around a documented request: random near-misses made of one to three small
 * edits, each sent and judged, within a budget of requests. The first input answered wrongly is shrunk, edit by edit,
 * to the fewest edits that still get a wrong answer. The same seed, space and budget make the same inputs, so a
 * failure can be searched for again exactly.
 *
 * <p>Hand-written rather than jqwik's: the search runs inside one Cucumber step against a live target, paced by the
 * rate limit and counted against a request budget, where a property engine's own lifecycle (its runs, tries and
 * shrinking phases as JUnit tests) cannot run; what it needs of one, generation from a seed and shrinking by
 * removal, is a few dozen lines.
 *
 * @param <E> the edits of the space
 */
public final class SeededSearch<E> {

    /** Where a search draws its inputs, and how it shows them. */
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

    /** Sends one input and says what was wrong with its answer, if anything. */
    @FunctionalInterface
    public interface Probe<E> {
        Optional<Wrong> wrongAnswer(Candidate<E> candidate);
    }

    /** An input's wrong answer, whether it echoed the key it was sent, and the curl line that sends that input again. */
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

    /** An input that got a wrong answer: as generated, and shrunk, each in words. */
    public record Finding(long seed, String found, String shrunk, String shrunkInput, int shrunkEdits, Wrong wrong,
                          int requests) {
    }

    /** What the search did: how many inputs it sent, and what it found. */
    public record Outcome(int requests, Optional<Finding> finding) {
    }

    private final long seed;
    private final int budget;
    private final int concurrency;
    private final Space<E> space;

    /**
     * @param concurrency how many inputs go at a time while it searches (shrinking goes one input at a time): the inputs
     *                    and the finding are those of the search one at a time; at most {@code concurrency - 1}
     *                    requests more may go out with the input that finds
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

    /** Removes edits one at a time for as long as the answer stays wrong and the budget lasts. */
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

    /** How many edits a candidate has: one most often, sometimes two or three. */
    public static int editCount(Random random) {
        double size = random.nextDouble();
        return size < 0.7 ? 1 : size < 0.9 ? 2 : 3;
    }
}
