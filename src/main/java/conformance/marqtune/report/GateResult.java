package conformance.marqtune.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's verdict as a result of its own in the report, so that its first screen says what the console says: a
 * test named by the verdict line, failed unless the run PASSED (broken when it reached no verdict), in a suite and a
 * category of its own, the ledger in its description. Allure's summary counts scenarios, and a red gate over 97%
 * green scenarios must not read as green.
 */
public final class GateResult {

    static final String FILE = "get-model-conformance-verdict-result.json";
    static final String SUITE = "The gate's verdict";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GateResult() {
    }

    /** Writes the gate's result for {@code verdict}, the ledger (an HTML table) in its description. */
    public static void write(Path allureResults, RunVerdict verdict, String ledgerHtml, Instant started, Instant finished) {
        ObjectNode result = JSON.createObjectNode();
        result.put("uuid", "get-model-conformance-verdict");
        result.put("historyId", "get-model-conformance-verdict");
        result.put("testCaseId", "get-model-conformance-verdict");
        result.put("fullName", SUITE);
        result.put("stage", "finished");
        result.put("start", started.toEpochMilli());
        result.put("stop", finished.toEpochMilli());
        result.put("descriptionHtml", "<p>Only PASSED passes a gate. The coverage ledger of the run (also in "
                + "conformance-summary.md):</p>" + ledgerHtml);
        var labels = result.putArray("labels");
        labels.addObject().put("name", "suite").put("value", SUITE);
        labels.addObject().put("name", "feature").put("value", SUITE);
        labels.addObject().put("name", "severity").put("value", "blocker");
        label(result, verdict);
        write(allureResults, result);
    }

    /** Renames the gate's result for {@code verdict}, the leak scan's; nothing when the run wrote none. */
    static void relabel(Path allureResults, RunVerdict verdict) {
        Path file = allureResults.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            ObjectNode result = (ObjectNode) JSON.readTree(Files.readAllBytes(file));
            label(result, verdict);
            write(allureResults, result);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the verdict into " + file, e);
        }
    }

    private static void label(ObjectNode result, RunVerdict verdict) {
        String line = "Get Model conformance: " + verdict.line();
        result.put("name", line);
        result.put("status", switch (verdict.kind()) {
            case PASSED -> "passed";
            case FAILED, LEAKED -> "failed";
            case NO_VERDICT, NOTHING_CHECKED, NOT_RUN, STOPPED -> "broken";
        });
        ObjectNode details = result.putObject("statusDetails");
        if (!verdict.passed()) {
            details.put("message", line);
        }
    }

    private static void write(Path allureResults, ObjectNode result) {
        try {
            Files.createDirectories(allureResults);
            Files.write(allureResults.resolve(FILE), JSON.writeValueAsBytes(result));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the gate's result into " + allureResults, e);
        }
    }
}
