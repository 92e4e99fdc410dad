package conformance.marqtune.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A seeded search of an input space around a seed text (a model id, or the key): random near-misses made
 * of one to three small edits, each sent and judged, within a budget of requests. The first input answered
 * wrongly is shrunk, edit by edit, to the fewest edits that still get a wrong answer. The same seed, seed
 * text and budget make the same inputs, so a failure can be searched for again exactly.
 *
 * <p>Hand-written rather than jqwik's: the search runs inside one Cucumber step against a live target,
 * paced by the rate limit and counted against a request budget, where a property engine's own lifecycle
 * (its runs, tries and shrinking phases as JUnit tests) cannot run; what it needs of one, generation from a
 * seed and shrinking by removal, is a few dozen lines.
 */
public final class SeededSearch {

    /** Sends one input and says what was wrong with its answer, if anything. */
    @FunctionalInterface
    public interface Probe {
        Optional<String> wrongAnswer(String input);
    }

    /** What makes an edited text a candidate at all (not the seed itself, not a conformant variant of it). */
    @FunctionalInterface
    public interface Admissible {
        boolean test(String candidate);
    }

    /** One edit of a text: replace, insert or delete one character at a position. */
    public record Edit(Kind kind, int position, char character) {
        public enum Kind { REPLACE, INSERT, DELETE }

        String applyTo(String text) {
            if (text.isEmpty()) {
                return kind == Kind.INSERT ? String.valueOf(character) : text;
            }
            int at = Math.floorMod(position, kind == Kind.INSERT ? text.length() + 1 : text.length());
            return switch (kind) {
                case REPLACE -> text.substring(0, at) + character + text.substring(at + 1);
                case INSERT -> text.substring(0, at) + character + text.substring(at);
                case DELETE -> text.substring(0, at) + text.substring(at + 1);
            };
        }
    }

    /** An input that got a wrong answer: as generated, and shrunk. */
    public record Finding(long seed, String seedText, List<Edit> original, List<Edit> shrunk, String shrunkInput,
                          String wrongAnswer, int requests) {
        public String originalInput() {
            return apply(seedText, original);
        }
    }

    /** What the search did: how many inputs it sent, and what it found. */
    public record Outcome(int requests, Optional<Finding> finding) {
    }

    private final long seed;
    private final int budget;
    private final String alphabet;
    private final double hexReplaceWeight;
    private final int concurrency;

    /** A generated input: the seed text it was made from, and its edits. */
    private record Candidate(String seedText, List<Edit> edits) {
    }

    /**
     * @param alphabet          the characters edits put in
     * @param hexReplaceWeight  how often an edit swaps a hexadecimal digit for another (a near-miss that stays canonical)
     */
    public SeededSearch(long seed, int budget, String alphabet, double hexReplaceWeight) {
        this(seed, budget, alphabet, hexReplaceWeight, 1);
    }

    /**
     * The same, sending {@code concurrency} inputs at a time while it searches (shrinking goes one input at a
     * time): the inputs and the finding are those of the search one at a time; at most {@code concurrency - 1}
     * requests more may go out with the input that finds.
     */
    public SeededSearch(long seed, int budget, String alphabet, double hexReplaceWeight, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("a search sends at least one input at a time, was " + concurrency);
        }
        this.seed = seed;
        this.budget = budget;
        this.alphabet = alphabet;
        this.hexReplaceWeight = hexReplaceWeight;
        this.concurrency = concurrency;
    }

    /**
     * Searches around {@code seedTexts} (the first taken three times in four), within the budget. The probe
     * is called from as many threads at once as the search's concurrency.
     */
    public Outcome run(List<String> seedTexts, Admissible admissible, Probe probe) {
        List<Candidate> candidates = candidates(seedTexts, admissible);
        int requests = 0;
        try (InOrder senders = new InOrder(concurrency)) {
            for (int from = 0; from < candidates.size(); from += concurrency) {
                List<Candidate> window = candidates.subList(from, Math.min(from + concurrency, candidates.size()));
                List<Probed> answers = senders.map(window, candidate -> Probed.of(probe, candidate));
                requests += window.size();
                // in the inputs' order, as one at a time: the first wrong answer is the finding, unless a failure came first
                for (int i = 0; i < window.size(); i++) {
                    Probed answer = answers.get(i);
                    answer.rethrowFailure();
                    if (answer.wrong().isPresent()) {
                        return shrink(window.get(i).seedText(), window.get(i).edits(), answer.wrong().get(), requests,
                                admissible, probe);
                    }
                }
            }
        }
        return new Outcome(requests, Optional.empty());
    }

    /** One input's answer, or the failure that came instead of one (a transport failure, a verdict of its own). */
    private record Probed(Optional<String> wrong, Throwable failure) {
        static Probed of(Probe probe, Candidate candidate) {
            try {
                return new Probed(probe.wrongAnswer(apply(candidate.seedText(), candidate.edits())), null);
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
    private List<Candidate> candidates(List<String> seedTexts, Admissible admissible) {
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        int draws = 0;
        while (candidates.size() < budget && draws++ < budget * 20) {
            String seedText = seedTexts.get(seedTexts.size() == 1 || random.nextInt(4) > 0 ? 0 : 1);
            List<Edit> edits = edits(random, seedText);
            if (admissible.test(apply(seedText, edits))) {
                candidates.add(new Candidate(seedText, edits));
            }
        }
        return candidates;
    }

    /** Removes edits one at a time for as long as the answer stays wrong and the budget lasts. */
    private Outcome shrink(String seedText, List<Edit> original, String wrong, int requests, Admissible admissible, Probe probe) {
        List<Edit> smallest = original;
        String smallestWrong = wrong;
        boolean removed = true;
        while (removed && smallest.size() > 1) {
            removed = false;
            for (int i = smallest.size() - 1; i >= 0 && requests < budget; i--) {
                List<Edit> fewer = new ArrayList<>(smallest);
                fewer.remove(i);
                String input = apply(seedText, fewer);
                if (!admissible.test(input)) {
                    continue;
                }
                requests++;
                Optional<String> stillWrong = probe.wrongAnswer(input);
                if (stillWrong.isPresent()) {
                    smallest = fewer;
                    smallestWrong = stillWrong.get();
                    removed = true;
                    break;
                }
            }
        }
        return new Outcome(requests, Optional.of(new Finding(seed, seedText, original, smallest, apply(seedText, smallest),
                smallestWrong, requests)));
    }

    private List<Edit> edits(Random random, String seedText) {
        double size = random.nextDouble();
        int count = size < 0.7 ? 1 : size < 0.9 ? 2 : 3;
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            edits.add(edit(random, seedText));
        }
        return edits;
    }

    private Edit edit(Random random, String seedText) {
        double kind = random.nextDouble();
        if (kind < hexReplaceWeight) {
            List<Integer> hexDigits = new ArrayList<>();
            for (int i = 0; i < seedText.length(); i++) {
                if (Character.digit(seedText.charAt(i), 16) >= 0 && seedText.charAt(i) < 0x80) {
                    hexDigits.add(i);
                }
            }
            if (!hexDigits.isEmpty()) {
                int at = hexDigits.get(random.nextInt(hexDigits.size()));
                int digit = (Character.digit(seedText.charAt(at), 16) + 1 + random.nextInt(15)) % 16;
                return new Edit(Edit.Kind.REPLACE, at, Character.forDigit(digit, 16));
            }
        }
        Edit.Kind[] kinds = Edit.Kind.values();
        return new Edit(kinds[random.nextInt(kinds.length)], random.nextInt(seedText.length() + 1),
                alphabet.charAt(random.nextInt(alphabet.length())));
    }

    static String apply(String text, List<Edit> edits) {
        String edited = text;
        for (Edit edit : edits) {
            edited = edit.applyTo(edited);
        }
        return edited;
    }
}
