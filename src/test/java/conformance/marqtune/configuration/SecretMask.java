package conformance.marqtune.configuration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and hides the API key in any text: as written, in any case (the case-changed key of R4
 * checks is as secret as the key), URL-encoded, and base64-encoded at any of the three byte
 * alignments, which is how it would appear inside a larger base64 blob. Used to mask what the suite
 * writes, and by the leak scan to prove that nothing it wrote holds the key.
 */
public final class SecretMask {

    public static final String MASK = "[masked]";
    /** Shorter base64 fragments would match by chance: below this the base64 forms are not searched. */
    private static final int MIN_BASE64_FRAGMENT = 8;

    private final List<Form> forms = new ArrayList<>();

    public SecretMask(Secret key) {
        this(List.of(key));
    }

    public SecretMask(List<Secret> keys) {
        keys.forEach(key -> addForms(key.reveal()));
    }

    private void addForms(String value) {
        if (value.isEmpty()) {
            return;
        }
        forms.add(new Form("as written (any case)", Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE)));
        String urlEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        if (!urlEncoded.equals(value)) {
            forms.add(new Form("URL-encoded", Pattern.compile(Pattern.quote(urlEncoded), Pattern.CASE_INSENSITIVE)));
        }
        for (int offset = 0; offset < 3; offset++) {
            String fragment = base64Fragment(value, offset);
            if (fragment.length() >= MIN_BASE64_FRAGMENT) {
                forms.add(new Form("base64-encoded", Pattern.compile(Pattern.quote(fragment))));
            }
        }
    }

    /** {@code text} with every form of the key replaced by {@value #MASK}. */
    public String mask(String text) {
        String masked = text;
        for (Form form : forms) {
            masked = form.pattern().matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return masked;
    }

    /** Which forms of the key {@code text} holds, by name (never the key): empty when it holds none. */
    public List<String> formsFoundIn(String text) {
        return forms.stream().filter(form -> form.pattern().matcher(text).find()).map(Form::name).distinct().toList();
    }

    /**
     * The part of base64(prefix + key) that depends on the key alone, for a prefix of {@code offset}
     * bytes: the characters that the bytes around the key can change are cut off both ends.
     */
    private static String base64Fragment(String key, int offset) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        byte[] shifted = new byte[offset + keyBytes.length];
        System.arraycopy(keyBytes, 0, shifted, offset, keyBytes.length);
        String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
        int start = offset == 0 ? 0 : 4;
        int keyEnd = offset + keyBytes.length;
        int end = (keyEnd / 3) * 4;
        return start < end ? encoded.substring(start, end) : "";
    }

    private record Form(String name, Pattern pattern) {
    }

    @Override
    public String toString() {
        return "SecretMask" + forms.stream().map(Form::name).map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
