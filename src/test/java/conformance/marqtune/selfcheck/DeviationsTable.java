package conformance.marqtune.selfcheck;

import conformance.marqtune.simulator.Deviation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The self-check's table, {@code target/self-check/deviations.md}: which scenarios caught which deviation. */
final class DeviationsTable {

    private DeviationsTable() {
    }

    static List<String> lines(String headline, Map<Deviation, Map<String, String>> caughtBy, Optional<FeatureRunOutcome> clean) {
        List<String> lines = new ArrayList<>();
        lines.add(headline);
        lines.add("");
        lines.add("Each row is one server bug the simulator can carry (`--deviation NAME`) and the scenarios whose checks"
                + " caught it, each with the first rule it reported broken. The deviations run with the model for R1 configured,"
                + " as a live run has it; a scenario that failed for another reason caught nothing.");
        lines.add("The clean simulator: " + clean.map(run -> run.passed().size() + " scenarios passed, " + run.failed().size()
                + " failed, " + run.skipped().size() + " skipped").orElse("not run") + ".");
        lines.add("");
        lines.add("| deviation | what the server does wrong | caught by (scenario: first rule it reported broken) |");
        lines.add("|---|---|---|");
        for (Deviation deviation : Deviation.values()) {
            lines.add("| `" + deviation.cliName() + "` | " + cell(deviation.sentence()) + " | " + caughtCell(caughtBy.get(deviation)) + " |");
        }
        return lines;
    }

    /** The scenarios that failed, four at most, each with its first broken rule. */
    private static String caughtCell(Map<String, String> failed) {
        if (failed == null) {
            return "not run";
        }
        if (failed.isEmpty()) {
            return "**NOTHING: uncaught**";
        }
        List<String> shown = failed.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(4)
                .map(e -> cell(e.getKey()) + ": _" + cell(e.getValue()) + "_")
                .collect(Collectors.toCollection(ArrayList::new));
        if (failed.size() > shown.size()) {
            shown.add("and " + (failed.size() - shown.size()) + " more");
        }
        return String.join("<br>", shown);
    }

    private static String cell(String text) {
        String shortened = text.length() > 160 ? text.substring(0, 160) + "…" : text;
        return shortened.replace("|", "\\|").replace("\n", " ");
    }
}
