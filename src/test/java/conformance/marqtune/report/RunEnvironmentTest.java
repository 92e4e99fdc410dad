package conformance.marqtune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report's Environment section: every row comes back as written, whatever it holds. */
class RunEnvironmentTest {

    @Test
    void everyRowComesBackExactlyThroughJavaUtilProperties() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Ledger: R1 (200 the model)", "passed");
        rows.put("Ledger: R3 (400 \"Invalid model id\")", "FAILED: 6 of 6 (R3: the HTTP status is 400)");
        rows.put("Ledger: beyond the page: no input gets a 500", "passed");
        rows.put("Target", "http://127.0.0.1:8080 (live)");
        rows.put("a=b", "c:d #e !f \\ g");
        rows.put(" leading space", "  two leading spaces, a tab\tand a\nnew line");
        rows.put("non-ASCII é ñ 模型", "ü → ✓");
        String written = RunEnvironment.properties(rows);

        Properties asBytes = new Properties();
        asBytes.load(new ByteArrayInputStream(written.getBytes(StandardCharsets.ISO_8859_1)));
        Properties asText = new Properties();
        asText.load(new StringReader(written));

        assertThat(written.chars()).allMatch(c -> c < 0x80);
        assertThat(written.lines()).hasSize(rows.size());
        for (Properties read : new Properties[] {asBytes, asText}) {
            assertThat(read).hasSize(rows.size());
            rows.forEach((key, value) -> assertThat(read.getProperty(key)).as(key).isEqualTo(value));
        }
    }
}
