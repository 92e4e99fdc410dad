package conformance.marqtune.report;

import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.contract.ScenarioTags;
import conformance.marqtune.verdict.RuleBroken;
import io.cucumber.plugin.event.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The coverage ledger: for each documented response and each group of checks beyond the page, how many
 * scenarios passed, failed, ended without a verdict or were skipped (and why), and whether the target was
 * actually seen giving that documented response. A failure counts as failed only when it is a
 * {@link RuleBroken}: any other error reached no verdict. The run feeds it each finished scenario, then
 * closes it with what the run observed.
 */
public final class CoverageLedger {

    private final Map<DocumentedResponse, LedgerRow> responses = new EnumMap<>(DocumentedResponse.class);
    private final Map<ScenarioTags.Group, LedgerRow> groups = new EnumMap<>(ScenarioTags.Group.class);
    /** Every row, in the ledger's order: the documented responses, then the groups beyond the page. */
    private final List<LedgerRow> rows = new ArrayList<>();

    public CoverageLedger() {
        for (DocumentedResponse response : DocumentedResponse.values()) {
            responses.put(response, new LedgerRow(response.label(), Optional.of(response)));
        }
        for (ScenarioTags.Group group : ScenarioTags.Group.values()) {
            groups.put(group, new LedgerRow("beyond the page: " + group.title(), Optional.empty()));
        }
        rows.addAll(responses.values());
        rows.addAll(groups.values());
    }

    /** One finished scenario: its tags, its status and, unless it passed, what ended it. */
    public synchronized void count(ScenarioTags tags, Status status, Optional<Throwable> error) {
        boolean verdict = error.isEmpty() || error.get() instanceof RuleBroken;
        String reason = error.map(CoverageLedger::reason).orElse("");
        tags.documentedResponse().ifPresent(response -> responses.get(response).count(status, verdict, reason));
        tags.groups().forEach(group -> groups.get(group).count(status, verdict, reason));
    }

    /** The verdict, once the run is over, of every scenario selected: what it observed fills the ledger's last columns. */
    public synchronized RunVerdict close(RunObservations observations, Optional<String> targetUnreachable) {
        return close(observations, targetUnreachable, Optional.empty(), ScenarioTags.ALL, Optional.empty());
    }

    /**
     * The same, for a run that may have stopped early because its time budget was spent, whose scenarios
     * {@code tags} selected.
     */
    public synchronized RunVerdict close(RunObservations observations, Optional<String> targetUnreachable, Optional<String> budgetSpent,
                                         String tags, Optional<String> modelUnreadable) {
        rows.forEach(row -> row.observed = row.response.map(observations::wasObserved).orElse(false));
        observations.sweepSummary().ifPresent(summary -> groups.get(ScenarioTags.Group.SWEEP).detail = summary);
        if (targetUnreachable.isPresent()) {
            return new RunVerdict(RunVerdict.Kind.NOT_RUN, "NOT RUN: " + targetUnreachable.get());
        }
        RunVerdict checks = verdict(tags, modelUnreadable);
        return budgetSpent.map(why -> new RunVerdict(RunVerdict.Kind.STOPPED, "STOPPED: " + why + "; the checks left were not run; "
                + checks.line())).orElse(checks);
    }

    /** @param modelUnreadable why the model of R1 could not be found or read: named first, and never a pass beside it */
    private RunVerdict verdict(String tags, Optional<String> modelUnreadable) {
        int passed = rows.stream().mapToInt(row -> row.passed).sum();
        int failed = rows.stream().mapToInt(row -> row.failed).sum();
        int skipped = rows.stream().mapToInt(row -> row.skipped).sum();
        int errors = rows.stream().mapToInt(row -> row.errors).sum();
        String noVerdict = errors == 0 ? "" : ", " + errors + " ended in an error without a verdict";
        if (failed == 0 && errors == 0 && passed == 0) {
            return new RunVerdict(RunVerdict.Kind.NOTHING_CHECKED, skipped == 0
                    ? (tags.equals(ScenarioTags.ALL) ? "NOTHING CHECKED: no scenario was selected (cucumber.filter.name or cucumber.features)"
                            : "NOTHING CHECKED: the tag expression " + tags + " matched no scenario (cucumber.filter.tags)")
                    : "NOTHING CHECKED: all " + skipped + " selected checks were skipped: " + skipReasonsCounted());
        }
        String why = modelUnreadable.map(reason -> reason + "; ").orElse("");
        if (failed == 0 && errors == 0 && modelUnreadable.isEmpty()) {
            return new RunVerdict(RunVerdict.Kind.PASSED, "PASSED: " + passed + " checks passed, " + skipped + " skipped");
        }
        if (failed == 0) {
            String inError = errors == 0 ? "" : errors + " checks ended in an error (no response, or nothing to check); ";
            return new RunVerdict(RunVerdict.Kind.NO_VERDICT, "NO VERDICT: " + why + inError + passed + " passed, " + skipped + " skipped");
        }
        String perResponse = responses.entrySet().stream().map(entry -> entry.getKey().name() + " " + entry.getValue().failed)
                .collect(Collectors.joining(", "));
        int beyond = groups.values().stream().mapToInt(row -> row.failed).sum();
        return new RunVerdict(RunVerdict.Kind.FAILED, "FAILED: " + why + failed + " checks failed (" + perResponse + ", beyond the page "
                + beyond + "); " + passed + " passed, " + skipped + " skipped" + noVerdict);
    }

    /** Each reason a scenario was skipped for, with how many were: {@code 2 × no second account's key is configured}. */
    private String skipReasonsCounted() {
        Map<String, Integer> counted = new LinkedHashMap<>();
        rows.forEach(row -> row.skipReasonCounts.forEach((reason, count) -> counted.merge(reason, count, Integer::sum)));
        return counted.entrySet().stream().map(entry -> entry.getValue() + " × " + entry.getKey())
                .collect(Collectors.joining("; "));
    }

    /** The ledger in Markdown, under the verdict and the manifest: {@code target/conformance-summary.md}. */
    public synchronized String markdown(RunManifest manifest, RunVerdict verdict, RunObservations observations) {
        List<String> lines = new ArrayList<>();
        lines.add("## Get Model conformance: " + verdict.line());
        lines.add("");
        lines.add("| run | |");
        lines.add("|---|---|");
        manifest.entries().forEach((name, value) -> lines.add("| " + name + " | " + cell(value) + " |"));
        lines.add("");
        lines.add("| check | observed | passed | failed | error | skipped | verdict |");
        lines.add("|---|---|---|---|---|---|---|");
        rows.forEach(row -> lines.add("| " + cell(row.title) + " | " + row.observedCell() + " | " + row.passed
                + " | " + row.failed + " | " + row.errors + " | " + row.skipped + " | " + cell(row.cell()) + " |"));
        lines.add("");
        lines.add("| input family | inputs tried | answered as documented | not |");
        lines.add("|---|---|---|---|");
        observations.families().forEach((family, counts) -> lines.add("| " + cell(family) + " | " + counts[0] + " | " + counts[1]
                + " | " + (counts[0] - counts[1]) + " |"));
        observations.searches().forEach(search -> lines.add(System.lineSeparator() + "Seeded " + search));
        lines.add("");
        lines.add(throttledLine(observations));
        lines.add("");
        lines.add("_observed_: the target gave this documented response, exactly, to at least one request of the run. "
                + "_failed_: a check found a broken rule. _error_: the check could not reach a verdict (no response, "
                + "no model to check); see the report.");
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /** The ledger as the console shows it: the table alone; the manifest and the notes are in the summary file. */
    public synchronized String console(RunObservations observations) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format("%-58s %-8s %6s %6s %5s %7s  %s", "Get Model conformance", "observed", "passed", "failed",
                "error", "skipped", "verdict"));
        rows.forEach(row -> lines.add(String.format("%-58s %-8s %6d %6d %5d %7d  %s", row.title, row.observedCell(),
                row.passed, row.failed, row.errors, row.skipped, row.cell())));
        lines.add(inputsLine(observations));
        lines.add(throttledLine(observations));
        return String.join(System.lineSeparator(), lines);
    }

    /** The ledger as an HTML table, for the description of the report's gate result. */
    public synchronized String html(RunObservations observations) {
        StringBuilder table = new StringBuilder("<table><tr><th align=\"left\">Get Model conformance</th><th>observed</th>"
                + "<th>passed</th><th>failed</th><th>error</th><th>skipped</th><th align=\"left\">verdict</th></tr>");
        rows.forEach(row -> table.append("<tr><td>").append(escaped(row.title)).append("</td><td>").append(row.observedCell())
                .append("</td><td>").append(row.passed).append("</td><td>").append(row.failed).append("</td><td>").append(row.errors)
                .append("</td><td>").append(row.skipped).append("</td><td>").append(escaped(row.cell())).append("</td></tr>"));
        return table.append("</table><p>").append(escaped(inputsLine(observations))).append("</p><p>")
                .append(escaped(throttledLine(observations))).append("</p>").toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** One entry per row of the ledger, for the report's Environment section. */
    public synchronized Map<String, String> environmentRows(RunObservations observations) {
        Map<String, String> entries = new LinkedHashMap<>();
        rows.forEach(row -> entries.put("Ledger: " + row.title, row.cell()));
        observations.families().forEach((family, counts) -> entries.put("Inputs: " + family, counts[0] + " tried, " + counts[1]
                + " answered as documented" + (counts[0] == counts[1] ? "" : ", " + (counts[0] - counts[1]) + " NOT")));
        observations.searches().forEach(search -> entries.put("Seeded " + search.substring(0, search.indexOf(':')),
                search.substring(search.indexOf(':') + 2)));
        entries.put("Throttled (429)", throttledLine(observations));
        return entries;
    }

    /** The near-misses and the search, in one line: the per-family table is in the summary and the report. */
    private static String inputsLine(RunObservations observations) {
        int tried = observations.families().values().stream().mapToInt(counts -> counts[0]).sum();
        int right = observations.families().values().stream().mapToInt(counts -> counts[1]).sum();
        return "Near-miss inputs: " + tried + " tried in " + observations.families().size() + " families, " + right
                + " answered as documented" + (tried == right ? "" : ", " + (tried - right) + " NOT") + "; "
                + String.join("; ", observations.searches());
    }

    private static String throttledLine(RunObservations observations) {
        int throttled = observations.throttledResponses();
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
}
