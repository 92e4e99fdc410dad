package conformance.marqtune.configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Forms of one run length and case, indexed by run hash: a text is hashed once, rolling; only hits are compared. */
final class RunIndex {
    private static final long PRIME = 1_000_003L;

    private final int run;
    private final boolean ignoreCase;
    /** What every run of these forms holds: most texts hold no NUL, and are not read for its forms. */
    private final String marker;
    private final Map<Long, List<Start>> starts = new HashMap<>();
    /** The same hashes, sorted: a text's hash is looked up here first, without boxing it. */
    private long[] hashes;

    private record Start(SecretForm form, int at) {
    }

    boolean ignoreCase() {
        return ignoreCase;
    }

    String marker() {
        return marker;
    }

    private RunIndex(int run, boolean ignoreCase, String marker) {
        this.run = run;
        this.ignoreCase = ignoreCase;
        this.marker = marker;
    }

    static List<RunIndex> of(List<SecretForm> forms) {
        Map<String, RunIndex> byRunAndCase = new LinkedHashMap<>();
        for (SecretForm form : forms) {
            String runAndCase = form.run() + "/" + form.ignoreCase() + "/" + form.marker();
            byRunAndCase.computeIfAbsent(runAndCase, key -> new RunIndex(form.run(), form.ignoreCase(), form.marker()))
                    .index(form);
        }
        byRunAndCase.values().forEach(index -> index.hashes = index.starts.keySet().stream().mapToLong(Long::longValue)
                .sorted().toArray());
        return List.copyOf(byRunAndCase.values());
    }

    private void index(SecretForm form) {
        char[] text = form.text().toCharArray();
        if (ignoreCase) {
            for (int i = 0; i < text.length; i++) {
                text[i] = Character.toLowerCase(text[i]);
            }
        }
        rolling(text, (hash, at) -> {
            starts.computeIfAbsent(hash, h -> new ArrayList<>()).add(new Start(form, at));
            return false;
        });
    }

    /** Marks each maximal run {@code counts} accepts; {@code text} is folded already when the forms ignore case. */
    boolean mark(char[] text, boolean[] secret, Set<SecretForm> found, SecretMask.RunCounts counts) {
        return rolling(text, (hash, at) -> {
            if (Arrays.binarySearch(hashes, hash) < 0) {
                return false;
            }
            boolean marked = false;
            for (Start start : starts.get(hash)) {
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
        });
    }

    private interface AtEachRun {
        boolean visit(long hash, int at);
    }

    private boolean rolling(char[] text, AtEachRun visit) {
        if (text.length < run) {
            return false;
        }
        long power = 1;
        long hash = 0;
        for (int i = 0; i < run; i++) {
            hash = hash * PRIME + text[i];
            power = i == 0 ? 1 : power * PRIME;
        }
        boolean any = false;
        for (int at = 0; ; at++) {
            any |= visit.visit(hash, at);
            if (at + run >= text.length) {
                return any;
            }
            hash = (hash - text[at] * power) * PRIME + text[at + run];
        }
    }
}
