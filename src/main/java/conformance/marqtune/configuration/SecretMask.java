package conformance.marqtune.configuration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds and hides the run's secrets in any text, in every form a server or serialiser can give them (escaped, encoded,
 * UTF-16 read as bytes), and any run long enough to identify one (12 characters, or half a shorter secret, 8 at least),
 * so that an echo cut in two, or a key with a character added or cut, is hidden too. The suite masks what it writes
 * before anything truncates it; the leak scans use it to prove that nothing written holds a secret.
 */
public final class SecretMask {

    public static final String MASK = "[masked]";
    /** The shortest run of a secret that identifies it, for a secret of 24 characters or more. */
    static final int RUN = 12;
    /** The shortest run ever looked for: a secret shorter than this is refused by the configuration. */
    public static final int SHORTEST_RUN = 8;

    private final Set<String> values;
    private final List<SecretForm> forms;
    /**
     * Forms grouped by run length, case and marker, each indexed by its runs: a text is read once a group, not once a
     * form. Masking runs on every attachment: this is the hot path.
     */
    private final List<RunIndex> indexes;

    public SecretMask(Secret secret) {
        this(List.of(secret));
    }

    public SecretMask(List<Secret> secrets) {
        this(new SecretMask(), secrets.stream().map(Secret::reveal).toList());
    }

    private SecretMask() {
        this.values = Set.of();
        this.forms = List.of();
        this.indexes = List.of();
    }

    private SecretMask(SecretMask base, List<String> more) {
        Set<String> hidden = new LinkedHashSet<>(base.values);
        List<SecretForm> added = new ArrayList<>();
        for (String value : more) {
            if (!value.isEmpty() && hidden.add(value)) {
                formsOf(value, base.forms, added);
            }
        }
        this.values = hidden;
        this.forms = concat(base.forms, added);
        this.indexes = concat(base.indexes, RunIndex.of(added));
    }

    /**
     * Also hides what one request presented as its key: a target echoing near-misses would otherwise show up to eleven
     * characters of the key at a time, and many side by side all of it.
     */
    public SecretMask alsoHiding(Collection<String> sent) {
        List<String> more = sent.stream().filter(value -> value.length() >= SHORTEST_RUN && !values.contains(value)).toList();
        return more.isEmpty() ? this : new SecretMask(this, more);
    }

    private static void formsOf(String value, List<SecretForm> existing, List<SecretForm> added) {
        int run = Math.max(Math.min(RUN, (value.length() + 1) / 2), Math.min(SHORTEST_RUN, value.length()));
        add(existing, added, "as written (any case)", value, run, true);
        add(existing, added, "URL-encoded", URLEncoder.encode(value, StandardCharsets.UTF_8), run, true);
        String jsonEscaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
        add(existing, added, "JSON-escaped", jsonEscaped, run, true);
        add(existing, added, "JSON-escaped", jsonEscaped.replace("/", "\\/"), run, true);
        StringBuilder unicode = new StringBuilder(value.length() * 6);
        for (int i = 0; i < value.length(); i++) {
            unicode.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
                unicode.append(Character.forDigit((value.charAt(i) >> shift) & 0xF, 16));
            }
        }
        add(existing, added, "\\u-escaped", unicode.toString(), run * 6, true);
        // UTF-16 read byte by byte, as a body that declares another charset, or none, is read here and as the leak
        // scans read files: a NUL beside each (ASCII) character, raw or JSON-escaped once written in a report
        add(existing, added, "UTF-16 read as bytes", String.join("\0", value.split("")), run * 2, true, "\0");
        add(existing, added, "UTF-16 read as bytes, JSON-escaped", String.join("\\u0000", value.split("")), run * 7, true,
                "\\u0000");
        // every byte percent-encoded, as hex, and every character as an HTML entity: how a serialiser or a page may write it
        StringBuilder percent = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            percent.append('%').append(String.format("%02x", b & 0xff));
            hex.append(String.format("%02x", b & 0xff));
        }
        add(existing, added, "percent-encoded, every byte", percent.toString(), run * 3, true);
        add(existing, added, "hex-encoded", hex.toString(), run * 2, true);
        StringBuilder decimalEntities = new StringBuilder();
        StringBuilder hexEntities = new StringBuilder();
        value.codePoints().forEach(c -> {
            decimalEntities.append("&#").append(c).append(';');
            hexEntities.append("&#x").append(Integer.toHexString(c)).append(';');
        });
        add(existing, added, "HTML entities", decimalEntities.toString(), run * 4, true, "&#");
        add(existing, added, "HTML entities", hexEntities.toString(), run * 5, true, "&#");
        int base64Run = (run * 4 + 2) / 3;
        for (int offset = 0; offset < 3; offset++) {
            add(existing, added, "base64-encoded", base64Fragment(value, offset), base64Run, false);
        }
    }

    private static void add(List<SecretForm> existing, List<SecretForm> added, String name, String text, int run, boolean ignoreCase) {
        add(existing, added, name, text, run, ignoreCase, "", name.equals("as written (any case)") || name.equals("URL-encoded")
                || name.equals("JSON-escaped"));
    }

    /** @param marker what every run of the form holds: a text without it holds no run, and is not read for the form */
    private static void add(List<SecretForm> existing, List<SecretForm> added, String name, String text, int run, boolean ignoreCase,
                            String marker) {
        add(existing, added, name, text, run, ignoreCase, marker, false);
    }

    private static void add(List<SecretForm> existing, List<SecretForm> added, String name, String text, int run, boolean ignoreCase,
                            String marker, boolean plain) {
        String folded = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        if (text.length() >= run && existing.stream().noneMatch(form -> form.text().equals(folded))
                && added.stream().noneMatch(form -> form.text().equals(folded))) {
            added.add(new SecretForm(name, folded, Math.max(1, run), ignoreCase, marker, plain));
        }
    }

    public String mask(String text) {
        return mask(text, LeakEvidence.ANY_RUN);
    }

    /** {@code text} with every run that {@code evidence} counts replaced by {@value #MASK}: how a leaked file is redacted. */
    public String mask(String text, LeakEvidence evidence) {
        boolean[] secret = new boolean[text.length()];
        if (!mark(text, secret, null, evidence::counts)) {
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
        return formsFoundIn(text, LeakEvidence.ANY_RUN);
    }

    public List<String> formsFoundIn(String text, LeakEvidence evidence) {
        Set<SecretForm> found = new HashSet<>();
        mark(text, new boolean[text.length()], found, evidence::counts);
        return forms.stream().filter(found::contains).map(SecretForm::name).distinct().toList();
    }

    private boolean mark(String text, boolean[] secret, Set<SecretForm> found, RunCounts counts) {
        char[] asWritten = text.toCharArray();
        char[] folded = null;
        boolean any = false;
        for (RunIndex index : indexes) {
            if (!text.contains(index.marker())) {
                continue;
            }
            if (index.ignoreCase() && folded == null) {
                folded = new char[asWritten.length];
                for (int i = 0; i < asWritten.length; i++) {
                    folded[i] = Character.toLowerCase(asWritten[i]);
                }
            }
            any |= index.mark(index.ignoreCase() ? folded : asWritten, secret, found, counts);
        }
        return any;
    }

    /** What base64(prefix + secret) holds whatever the {@code offset} bytes before it and the bytes after. */
    private static String base64Fragment(String secret, int offset) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        byte[] shifted = new byte[offset + bytes.length];
        System.arraycopy(bytes, 0, shifted, offset, bytes.length);
        String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
        int start = offset == 0 ? 0 : 4;
        int end = ((offset + bytes.length) / 3) * 4;
        return start < end ? encoded.substring(start, end) : "";
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    @FunctionalInterface
    interface RunCounts {
        boolean counts(SecretForm form, int at, int length);
    }

    @Override
    public String toString() {
        return "SecretMask" + forms.stream().map(SecretForm::name).distinct().toList();
    }
}
