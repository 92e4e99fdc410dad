package conformance.marqtune.configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forms of one run length and case, indexed by run hash: a text is hashed once, rolling; only hits are compared. The
 * index is primitive arrays, not a map: one is built for every near-miss key a request presents.
 */
final class RunIndex {
    private static final long PRIME = 1_000_003L;
    /** A text's run hash passes this filter before it is looked up: most runs of a text match no form. */
    private static final int FILTER_BITS = 1 << 14;

    private final int run;
    private final boolean ignoreCase;
    /** What every run of these forms holds: most texts hold no NUL, and are not read for its forms. */
    private final String marker;
    /** The forms' run hashes, sorted and distinct; {@code starts[i]} are the runs whose hash is {@code hashes[i]}. */
    private final long[] hashes;
    private final Start[][] starts;
    private final long[] filter = new long[FILTER_BITS / Long.SIZE];

    private record Start(SecretForm form, int at) {
    }

    private RunIndex(int run, boolean ignoreCase, String marker, List<SecretForm> forms) {
        this.run = run;
        this.ignoreCase = ignoreCase;
        this.marker = marker;
        List<char[]> texts = forms.stream().map(form -> folded(form.text().toCharArray())).toList();
        long[] every = new long[texts.stream().mapToInt(text -> Math.max(0, text.length - run + 1)).sum()];
        int next = 0;
        for (char[] text : texts) {
            next = runHashes(text, every, next);
        }
        hashes = distinctSorted(every);
        int[] count = new int[hashes.length];
        for (long hash : every) {
            count[Arrays.binarySearch(hashes, hash)]++;
        }
        starts = new Start[hashes.length][];
        for (int slot = 0; slot < hashes.length; slot++) {
            starts[slot] = new Start[count[slot]];
            filter[bit(hashes[slot]) >>> 6] |= 1L << bit(hashes[slot]);
        }
        int[] filled = new int[hashes.length];
        next = 0;
        for (int form = 0; form < texts.size(); form++) {
            for (int at = 0; at + run <= texts.get(form).length; at++) {
                int slot = Arrays.binarySearch(hashes, every[next++]);
                starts[slot][filled[slot]++] = new Start(forms.get(form), at);
            }
        }
    }

    boolean ignoreCase() {
        return ignoreCase;
    }

    String marker() {
        return marker;
    }

    static List<RunIndex> of(List<SecretForm> forms) {
        Map<String, List<SecretForm>> byRunAndCase = new LinkedHashMap<>();
        for (SecretForm form : forms) {
            byRunAndCase.computeIfAbsent(form.run() + "/" + form.ignoreCase() + "/" + form.marker(), key -> new ArrayList<>()).add(form);
        }
        return byRunAndCase.values().stream()
                .map(group -> new RunIndex(group.get(0).run(), group.get(0).ignoreCase(), group.get(0).marker(), group))
                .toList();
    }

    private char[] folded(char[] text) {
        if (ignoreCase) {
            for (int i = 0; i < text.length; i++) {
                text[i] = Character.toLowerCase(text[i]);
            }
        }
        return text;
    }

    /** Marks each maximal run {@code counts} accepts; {@code text} is folded already when the forms ignore case. */
    boolean mark(char[] text, boolean[] secret, Set<SecretForm> found, SecretMask.RunCounts counts) {
        if (text.length < run) {
            return false;
        }
        long power = power();
        long hash = firstHash(text);
        boolean marked = false;
        for (int at = 0; ; at++) {
            int slot = (filter[bit(hash) >>> 6] & (1L << bit(hash))) == 0 ? -1 : Arrays.binarySearch(hashes, hash);
            if (slot >= 0) {
                marked |= markAt(text, at, starts[slot], secret, found, counts);
            }
            if (at + run >= text.length) {
                return marked;
            }
            hash = rolled(hash, text[at], text[at + run], power);
        }
    }

    private boolean markAt(char[] text, int at, Start[] candidates, boolean[] secret, Set<SecretForm> found,
                           SecretMask.RunCounts counts) {
        boolean marked = false;
        for (Start start : candidates) {
            int length = 0;
            String form = start.form().text();
            while (at + length < text.length && start.at() + length < form.length()
                    && text[at + length] == form.charAt(start.at() + length)) {
                length++;
            }
            if (length >= run && counts.counts(start.form(), start.at(), length)) {
                marked = true;
                Arrays.fill(secret, at, at + length, true);
                if (found != null) {
                    found.add(start.form());
                }
            }
        }
        return marked;
    }

    /** Writes the hash of each run of {@code text} to {@code into} from {@code from}; returns where the next goes. */
    private int runHashes(char[] text, long[] into, int from) {
        if (text.length < run) {
            return from;
        }
        long power = power();
        long hash = firstHash(text);
        int next = from;
        for (int at = 0; ; at++) {
            into[next++] = hash;
            if (at + run >= text.length) {
                return next;
            }
            hash = rolled(hash, text[at], text[at + run], power);
        }
    }

    /** The next run's hash: {@code leaving} out of the run, {@code entering} into it. */
    private static long rolled(long hash, char leaving, char entering, long power) {
        return (hash - leaving * power) * PRIME + entering;
    }

    private long firstHash(char[] text) {
        long hash = 0;
        for (int i = 0; i < run; i++) {
            hash = hash * PRIME + text[i];
        }
        return hash;
    }

    /** What the first character of a run weighs in its hash. */
    private long power() {
        long power = 1;
        for (int i = 1; i < run; i++) {
            power *= PRIME;
        }
        return power;
    }

    private static long[] distinctSorted(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static int bit(long hash) {
        return (int) (hash ^ (hash >>> 29)) & (FILTER_BITS - 1);
    }
}
