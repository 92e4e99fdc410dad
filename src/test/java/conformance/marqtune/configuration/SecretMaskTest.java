package conformance.marqtune.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every form of a secret is hidden, and so is any run of it long enough to identify it, wherever it is cut. */
class SecretMaskTest {

    private static final String CANARY = "mqk_Zt8Qp3LwX9vR2sNb7YcD4hJf6Ge1Ua5T";
    private final SecretMask mask = new SecretMask(new Secret(CANARY));

    /** The forms a page or a serialiser writes a key in, every byte or character encoded, are found and hidden. */
    @Test
    void theKeyEncodedCharacterByCharacterIsFoundAndHidden() {
        StringBuilder percent = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        StringBuilder decimal = new StringBuilder();
        StringBuilder hexEntities = new StringBuilder();
        for (char c : CANARY.toCharArray()) {
            percent.append(String.format("%%%02X", (int) c));
            hex.append(String.format("%02x", (int) c));
            decimal.append("&#").append((int) c).append(';');
            hexEntities.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
        }
        for (String encoded : List.of(percent.toString(), percent.toString().toLowerCase(Locale.ROOT), hex.toString(),
                decimal.toString(), hexEntities.toString())) {
            assertThat(mask.formsFoundIn("{\"debugToken\":\"" + encoded + "\"}")).as(encoded).isNotEmpty();
            assertThat(mask.mask("{\"debugToken\":\"" + encoded + "\"}")).as(encoded).isEqualTo("{\"debugToken\":\"" + SecretMask.MASK + "\"}");
        }
    }

    /**
     * A near-miss of the key echoed back keeps runs of up to eleven characters of the key; many of them side by
     * side spell it out. The mask of the exchange that sent the near-miss hides the near-miss itself.
     */
    @Test
    void aNearMissTheRequestSentIsHiddenWhereverItIsEchoed() {
        SecretMask exchange = mask.alsoHiding(List.of("", "short", CANARY.substring(0, 11) + "#" + CANARY.substring(12)));
        for (int at = 1; at + 1 < CANARY.length(); at += 3) {
            String nearMiss = CANARY.substring(0, at) + "#" + CANARY.substring(at + 1);
            String echoed = mask.alsoHiding(List.of(nearMiss)).mask("X-Echo-Key: " + nearMiss);
            assertThat(echoed).as("near-miss changed at %d", at).isEqualTo("X-Echo-Key: " + SecretMask.MASK);
        }
        assertThat(exchange.mask("short or empty values are no secret")).isEqualTo("short or empty values are no secret");
        assertThat(mask.mask("X-Echo-Key: " + CANARY.substring(0, 11) + "#" + CANARY.substring(12)))
                .as("without the exchange's near-miss: the runs either side of the edit, each under twelve, stay")
                .contains(CANARY.substring(0, 11));
    }

    @Test
    void noTwelveCharacterRunOfTheKeySurvivesInAnyFormOrCase() {
        for (int start = 0; start + 12 <= CANARY.length(); start++) {
            String run = CANARY.substring(start, start + 12);
            for (String form : List.of(run, run.toUpperCase(Locale.ROOT), run.toLowerCase(Locale.ROOT),
                    URLEncoder.encode(run, StandardCharsets.UTF_8))) {
                String masked = mask.mask("before " + form + " after");
                assertThat(masked).as("run at %d as %s", start, form).isEqualTo("before " + SecretMask.MASK + " after");
            }
        }
    }

    @Test
    void anEchoCutInTwoIsHiddenOnBothSidesOfTheCut() {
        String body = "x".repeat(490) + "{\"apiKey\":\"" + CANARY + "\"}";
        String firstHalf = body.substring(0, body.indexOf(CANARY) + 18);
        String secondHalf = body.substring(body.indexOf(CANARY) + 18);

        assertThat(mask.mask(body).substring(0, 505)).as("masked before it is cut").doesNotContain("mqk_");
        assertThat(mask.mask(firstHalf)).endsWith(SecretMask.MASK).doesNotContain(CANARY.substring(0, 12));
        assertThat(mask.mask(secondHalf)).startsWith(SecretMask.MASK).doesNotContain(CANARY.substring(24));
        assertThat(mask.formsFoundIn(secondHalf)).containsExactly("as written (any case)");
    }

    @Test
    void theKeyEscapedAsJsonOrAsUnicodeIsHidden() {
        String quoted = "ab\"cd\\ef/gh-ijklmnopqrstuv";
        SecretMask withQuotes = new SecretMask(new Secret(quoted));
        String json = "{\"apiKey\":\"" + quoted.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        String slashes = "{\"apiKey\":\"" + quoted.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/") + "\"}";
        StringBuilder unicode = new StringBuilder("{\"apiKey\":\"");
        CANARY.chars().forEach(c -> unicode.append(String.format("\\u%04X", c)));

        assertThat(withQuotes.mask(json)).isEqualTo("{\"apiKey\":\"" + SecretMask.MASK + "\"}");
        assertThat(withQuotes.mask(slashes)).isEqualTo("{\"apiKey\":\"" + SecretMask.MASK + "\"}");
        assertThat(mask.mask(unicode.toString())).isEqualTo("{\"apiKey\":\"" + SecretMask.MASK);
    }

    /** A server may answer in UTF-16 whatever its Content-Type says; the suite reads a body's bytes as UTF-8. */
    @Test
    void theKeyInUtf16ReadAsBytesIsHiddenRawAndJsonEscaped() {
        String echo = "{\"apiKey\":\"" + CANARY + "\"}";
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String readAsBytes = new String(echo.getBytes(utf16), StandardCharsets.UTF_8);
            String jsonEscaped = readAsBytes.replace("\0", "\\u0000");

            assertThat(mask.mask(readAsBytes).replace("\0", "")).as("%s", utf16).contains(SecretMask.MASK)
                    .doesNotContain(CANARY.substring(0, 12)).doesNotContain(CANARY.substring(24));
            assertThat(mask.mask(jsonEscaped).replace("\\u0000", "")).as("%s", utf16).contains(SecretMask.MASK)
                    .doesNotContain(CANARY.substring(0, 12)).doesNotContain(CANARY.substring(24));
            assertThat(mask.formsFoundIn(readAsBytes)).as("%s", utf16).containsExactly("UTF-16 read as bytes");
        }
    }

    @Test
    void theKeyInsideBase64IsFoundAtEveryAlignment() {
        for (int offset = 0; offset < 3; offset++) {
            String blob = "ab".substring(0, offset) + "{\"x-api-key\":\"" + CANARY + "\"}";
            String encoded = Base64.getEncoder().encodeToString(blob.getBytes(StandardCharsets.UTF_8));

            assertThat(mask.formsFoundIn(encoded)).as("offset %d", offset).contains("base64-encoded");
        }
    }

    @Test
    void textWithoutARunOfTheKeyIsLeftAlone() {
        String text = "Get Model conformance: PASSED; mqk_ alone, Zt8Qp3LwX9v (11 characters) alone";

        assertThat(mask.mask(text)).isEqualTo(text);
        assertThat(mask.formsFoundIn(text)).isEmpty();
    }

    @Test
    void aShortSecretIsFoundWhole() {
        SecretMask password = new SecretMask(new Secret("changeit"));

        assertThat(password.mask("password=changeit; change it")).isEqualTo("password=" + SecretMask.MASK + "; change it");
    }
}
