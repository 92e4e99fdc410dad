package conformance.marqtune.configuration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds and hides the run's secrets in any text, in every form a server or a serialiser can give them:
 * as written, URL-encoded, JSON-escaped, escaped as backslash-u sequences (in any case), and base64-encoded at any of
 * the three byte alignments. It hides not only a whole secret but any run of its characters long enough
 * to identify it (12, or half of a shorter secret, 8 at least), so that an echo cut in two, or a key with
 * a character appended or cut, is hidden too. Used to mask what the suite writes before anything
 * truncates it, and by the leak scans to prove that nothing written holds a secret.
 */
public final class SecretMask {

    public static final String MASK = "[masked]";
    /** The shortest run of a secret that identifies it, for a secret of 24 characters or more. */
    static final int RUN = 12;
    /** The shortest run ever looked for: a secret shorter than this is refused by the configuration. */
    public static final int SHORTEST_RUN = 8;

    private final List<Form> forms = new ArrayList<>();

    public SecretMask(Secret secret) {
        this(List.of(secret));
    }

    public SecretMask(List<Secret> secrets) {
        secrets.forEach(secret -> addForms(secret.reveal()));
    }

    /**
     * This mask, hiding also each of {@code sent} of {@value #SHORTEST_RUN} characters or more: what one request
     * presented as its key (a near-miss of the key, say). A target that echoes a near-miss would otherwise
     * show up to eleven characters of the key at a time, and many near-misses side by side show them all.
     */
    public SecretMask alsoHiding(Collection<String> sent) {
        SecretMask wider = new SecretMask(List.of());
        wider.forms.addAll(forms);
        sent.stream().filter(value -> value.length() >= SHORTEST_RUN).forEach(wider::addForms);
        return wider;
    }

    private void addForms(String value) {
        if (value.isEmpty()) {
            return;
        }
        int run = Math.max(Math.min(RUN, (value.length() + 1) / 2), Math.min(SHORTEST_RUN, value.length()));
        add("as written (any case)", value, run, true);
        add("URL-encoded", URLEncoder.encode(value, StandardCharsets.UTF_8), run, true);
        String jsonEscaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
        add("JSON-escaped", jsonEscaped, run, true);
        add("JSON-escaped", jsonEscaped.replace("/", "\\/"), run, true);
        StringBuilder unicode = new StringBuilder();
        value.chars().forEach(c -> unicode.append(String.format("\\u%04x", c)));
        add("\\u-escaped", unicode.toString(), run * 6, true);
        int base64Run = (run * 4 + 2) / 3;
        for (int offset = 0; offset < 3; offset++) {
            add("base64-encoded", base64Fragment(value, offset), base64Run, false);
        }
    }

    private void add(String name, String text, int run, boolean ignoreCase) {
        String folded = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        if (text.length() >= run && forms.stream().noneMatch(form -> form.text.equals(folded))) {
            forms.add(new Form(name, text, Math.max(1, run), ignoreCase));
        }
    }

    /** {@code text} with every run of every form of a secret replaced by {@value #MASK}. */
    public String mask(String text) {
        boolean[] secret = new boolean[text.length()];
        boolean any = false;
        for (Form form : forms) {
            any |= form.mark(text, secret);
        }
        if (!any) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!secret[i]) {
                masked.append(text.charAt(i));
            } else if (i == 0 || !secret[i - 1]) {
                masked.append(MASK);
            }
        }
        return masked.toString();
    }

    /** Which forms of a secret {@code text} holds, by name (never the secret): empty when it holds none. */
    public List<String> formsFoundIn(String text) {
        boolean[] ignored = new boolean[text.length()];
        return forms.stream().filter(form -> form.mark(text, ignored)).map(form -> form.name).distinct().toList();
    }

    /**
     * The part of base64(prefix + secret) that depends on the secret alone, for a prefix of {@code offset}
     * bytes: the characters that the bytes around it can change are cut off both ends.
     */
    private static String base64Fragment(String secret, int offset) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        byte[] shifted = new byte[offset + bytes.length];
        System.arraycopy(bytes, 0, shifted, offset, bytes.length);
        String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
        int start = offset == 0 ? 0 : 4;
        int end = ((offset + bytes.length) / 3) * 4;
        return start < end ? encoded.substring(start, end) : "";
    }

    /**
     * One form of one secret, indexed by its runs of {@code run} characters: a text holds the form where a
     * run of at least that many of its characters equals a run of the form's.
     */
    private static final class Form {
        private final String name;
        private final String text;
        private final int run;
        private final boolean ignoreCase;
        /** Every run of the form, by its hash, to where it starts in the form. */
        private final Map<Long, List<Integer>> runs = new HashMap<>();

        Form(String name, String text, int run, boolean ignoreCase) {
            this.name = name;
            this.text = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
            this.run = run;
            this.ignoreCase = ignoreCase;
            for (int start = 0; start + run <= this.text.length(); start++) {
                runs.computeIfAbsent(hash(this.text, start, run), h -> new ArrayList<>()).add(start);
            }
        }

        /** Marks in {@code secret} every maximal run of this form in {@code text}; whether there was one. */
        boolean mark(String text, boolean[] secret) {
            if (text.length() < run) {
                return false;
            }
            long power = 1;
            for (int i = 1; i < run; i++) {
                power *= PRIME;
            }
            boolean found = false;
            long hash = hash(text, 0, run);
            for (int i = 0; ; i++) {
                List<Integer> starts = runs.get(hash);
                int longest = starts == null ? 0 : longestAt(text, i, starts);
                if (longest >= run) {
                    found = true;
                    for (int k = i; k < i + longest; k++) {
                        secret[k] = true;
                    }
                }
                if (i + run >= text.length()) {
                    return found;
                }
                hash = (hash - fold(text.charAt(i)) * power) * PRIME + fold(text.charAt(i + run));
            }
        }

        private int longestAt(String text, int at, List<Integer> starts) {
            int longest = 0;
            for (int start : starts) {
                int length = 0;
                while (at + length < text.length() && start + length < this.text.length()
                        && fold(text.charAt(at + length)) == this.text.charAt(start + length)) {
                    length++;
                }
                longest = Math.max(longest, length);
            }
            return longest;
        }

        private long hash(String value, int start, int length) {
            long hash = 0;
            for (int i = start; i < start + length; i++) {
                hash = hash * PRIME + fold(value.charAt(i));
            }
            return hash;
        }

        private char fold(char c) {
            return ignoreCase ? Character.toLowerCase(c) : c;
        }

        private static final long PRIME = 1_000_003L;
    }

    @Override
    public String toString() {
        return "SecretMask" + forms.stream().map(form -> form.name).distinct().toList();
    }
}
