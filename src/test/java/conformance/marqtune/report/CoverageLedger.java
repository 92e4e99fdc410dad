package conformance.marqtune.report;

import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.steps.ScenarioContext;
import conformance.marqtune.verdict.RuleBroken;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.WriteEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coverage ledger: at the end of a run, for each documented response and each group of checks
 * beyond the page, how many scenarios passed, failed or were skipped (and why), and whether the target
 * was actually seen giving that documented response. Printed on the console, written to
 * {@code target/conformance-summary.md} with the run manifest on top, and put into the Allure report's
 * Environment section. A Cucumber plugin, so it sees every scenario of the run and holds no static state.
 */
public final class CoverageLedger implements ConcurrentEventListener {

    public static final Path SUMMARY = Path.of("target", "conformance-summary.md");
    public static final Path VERDICT = Path.of("target", "conformance-verdict.json");
    /** Set by the pom: Maven prints the verdict itself, last, after the failures it lists. */
    static final String VERDICT_PRINTED_BY_MAVEN = "marqtune.verdictPrintedByMaven";

    /** The groups of checks beyond the page, by the tag their feature carries, in the order the ledger lists them. */
    static final Map<String, String> EXTENDED_GROUPS = groups();

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Set<DocumentedResponse> observed = EnumSet.noneOf(DocumentedResponse.class);
    private Instant started = Instant.now();
    private int throttled;
    private String sweepLine = "";

    public CoverageLedger() {
        for (DocumentedResponse response : DocumentedResponse.values()) {
            rows.put("@" + response.name(), new Row(response.label()));
        }
        EXTENDED_GROUPS.forEach((tag, title) -> rows.put(tag, new Row("beyond the page: " + title)));
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("@auth-first", "authentication comes first");
        groups.put("@exact-keys", "keys are compared exactly");
        groups.put("@uuid-case", "a UUID in either case");
        groups.put("@no-server-error", "no input gets a 500");
        groups.put("@account-isolation", "one account cannot read another's model");
        groups.put("@latency", "R1 within the latency budget");
        groups.put("@sweep", "every listed model (sweep)");
        return groups;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> started = event.getInstant());
        publisher.registerHandlerFor(WriteEvent.class, this::noteObservation);
        publisher.registerHandlerFor(TestCaseFinished.class, this::count);
        publisher.registerHandlerFor(TestRunFinished.class, event -> finish(event.getInstant()));
    }

    private synchronized void noteObservation(WriteEvent event) {
        String text = event.getText();
        if (text.startsWith(ScenarioContext.THROTTLED)) {
            throttled += Integer.parseInt(text.substring(ScenarioContext.THROTTLED.length()).strip());
        }
        if (text.startsWith(ScenarioContext.SWEEP)) {
            sweepLine = text.substring(ScenarioContext.SWEEP.length());
        }
        if (text.startsWith(ScenarioContext.OBSERVED)) {
            String name = text.substring(ScenarioContext.OBSERVED.length()).split(" ", 2)[0];
            observed.add(DocumentedResponse.valueOf(name));
        }
    }

    private synchronized void count(TestCaseFinished event) {
        List<String> tags = event.getTestCase().getTags();
        Status status = event.getResult().getStatus();
        Throwable error = event.getResult().getError();
        // a broken rule is a verdict; any other exception (no response, no model to check) is not
        boolean verdict = error == null || error instanceof RuleBroken;
        String reason = error == null ? "" : reason(error);
        if (tags.contains("@documented")) {
            tags.stream().filter(tag -> tag.matches("@R[1-6]")).forEach(tag -> rows.get(tag).count(status, verdict, reason));
        }
        if (tags.contains("@extended") || tags.contains("@sweep")) {
            tags.stream().filter(EXTENDED_GROUPS::containsKey).forEach(tag -> rows.get(tag).count(status, verdict, reason));
        }
    }

    private synchronized void finish(Instant finished) {
        SuiteRun run = SuiteRun.current();
        RunManifest manifest = RunManifest.of(run.configuration(), started, finished);
        for (DocumentedResponse response : DocumentedResponse.values()) {
            rows.get("@" + response.name()).observed = observed.contains(response);
        }
        rows.get("@sweep").detail = sweepLine;
        String verdict = run.targetUnreachable().map(reason -> "NOT RUN: " + reason).orElseGet(this::verdictLine);
        String markdown = markdown(manifest, verdict);
        try {
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + SUMMARY, e);
        }
        Map<String, String> environment = new LinkedHashMap<>(manifest.entries());
        rows.values().forEach(row -> environment.put("Ledger: " + row.title, row.cell()));
        environment.put("Throttled (429)", throttledLine());
        environment.put("Verdict", verdict);
        RunEnvironment.write(run.configuration(), environment, manifest);
        RunVerdict runVerdict = new RunVerdict(verdict);
        runVerdict.write(VERDICT);
        System.out.println(console());
        if (!Boolean.getBoolean(VERDICT_PRINTED_BY_MAVEN)) {
            System.out.println(runVerdict.consoleLine(SUMMARY));
        }
    }

    /** The ledger as the console shows it: the table alone; the manifest and the notes are in the summary file. */
    private String console() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format("%-58s %-8s %6s %6s %5s %7s  %s", "Get Model conformance", "observed", "passed", "failed",
                "error", "skipped", "verdict"));
        rows.forEach((tag, row) -> lines.add(String.format("%-58s %-8s %6d %6d %5d %7d  %s", row.title,
                tag.matches("@R[1-6]") ? (row.observed ? "yes" : "no") : "", row.passed, row.failed, row.errors, row.skipped,
                row.cell())));
        lines.add(throttledLine());
        return String.join(System.lineSeparator(), lines);
    }

    private String verdictLine() {
        int passed = rows.values().stream().mapToInt(row -> row.passed).sum();
        int failed = rows.values().stream().mapToInt(row -> row.failed).sum();
        int skipped = rows.values().stream().mapToInt(row -> row.skipped).sum();
        int errors = rows.values().stream().mapToInt(row -> row.errors).sum();
        String noVerdict = errors == 0 ? "" : ", " + errors + " ended in an error without a verdict";
        if (failed == 0 && errors == 0 && passed == 0) {
            return "NOTHING CHECKED: all " + skipped + " selected checks were skipped";
        }
        if (failed == 0 && errors == 0) {
            return "PASSED: " + passed + " checks passed, " + skipped + " skipped";
        }
        if (failed == 0) {
            return "NO VERDICT: " + errors + " checks ended in an error (no response, or nothing to check); "
                    + passed + " passed, " + skipped + " skipped";
        }
        String perResponse = rows.entrySet().stream()
                .filter(entry -> entry.getKey().matches("@R[1-6]"))
                .map(entry -> entry.getKey().substring(1) + " " + entry.getValue().failed)
                .collect(Collectors.joining(", "));
        int beyond = rows.entrySet().stream().filter(entry -> EXTENDED_GROUPS.containsKey(entry.getKey()))
                .mapToInt(entry -> entry.getValue().failed).sum();
        return "FAILED: " + failed + " checks failed (" + perResponse + ", beyond the page " + beyond + "); "
                + passed + " passed, " + skipped + " skipped" + noVerdict;
    }

    private String markdown(RunManifest manifest, String verdict) {
        List<String> lines = new ArrayList<>();
        lines.add("## Get Model conformance: " + verdict);
        lines.add("");
        lines.add("| run | |");
        lines.add("|---|---|");
        manifest.entries().forEach((name, value) -> lines.add("| " + name + " | " + cell(value) + " |"));
        lines.add("");
        lines.add("| check | observed | passed | failed | error | skipped | verdict |");
        lines.add("|---|---|---|---|---|---|---|");
        rows.forEach((tag, row) -> lines.add("| " + cell(row.title) + " | "
                + (tag.matches("@R[1-6]") ? (row.observed ? "yes" : "no") : "") + " | "
                + row.passed + " | " + row.failed + " | " + row.errors + " | " + row.skipped + " | " + cell(row.cell()) + " |"));
        lines.add("");
        lines.add(throttledLine());
        lines.add("");
        lines.add("_observed_: the target gave this documented response, exactly, to at least one request of the run. "
                + "_failed_: a check found a broken rule. _error_: the check could not reach a verdict (no response, "
                + "no model to check); see the report.");
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private String throttledLine() {
        return "429 Too Many Requests: " + throttled + (throttled == 1 ? " response" : " responses")
                + " met, each waited out as Retry-After asked and sent again.";
    }

    /** The reason a scenario was skipped or failed, in one line: a verdict's headline, else the first line of the message. */
    private static String reason(Throwable error) {
        if (error instanceof RuleBroken verdict) {
            return verdict.headline();
        }
        return String.valueOf(error.getMessage()).strip().lines().findFirst().orElse("").strip();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** One line of the ledger. */
    private static final class Row {
        private final String title;
        private int passed;
        private int failed;
        private int skipped;
        private int errors;
        private boolean observed;
        private String detail = "";
        private final Set<String> skipReasons = new LinkedHashSet<>();
        private final Set<String> errorReasons = new LinkedHashSet<>();

        Row(String title) {
            this.title = title;
        }

        void count(Status status, boolean verdict, String reason) {
            switch (status) {
                case PASSED -> passed++;
                case SKIPPED, PENDING -> {
                    skipped++;
                    if (!reason.isBlank()) {
                        skipReasons.add(reason);
                    }
                }
                default -> {
                    if (verdict) {
                        failed++;
                    } else {
                        errors++;
                        errorReasons.add(reason.length() > 200 ? reason.substring(0, 200) + "…" : reason);
                    }
                }
            }
        }

        String cell() {
            if (failed > 0) {
                return detail.isEmpty() ? "FAILED" : "FAILED (" + detail + ")";
            }
            if (errors > 0) {
                return "ERROR, no verdict: " + String.join("; ", errorReasons);
            }
            if (passed + skipped == 0) {
                return "not run (not selected)";
            }
            if (passed == 0) {
                return "skipped: " + String.join("; ", skipReasons);
            }
            String verdict = skipped == 0 ? "passed" : "passed, " + skipped + " skipped: " + String.join("; ", skipReasons);
            return detail.isEmpty() ? verdict : verdict + " (" + detail + ")";
        }
    }
}
