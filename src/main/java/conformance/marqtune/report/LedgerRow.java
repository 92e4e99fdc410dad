package conformance.marqtune.report;

import conformance.marqtune.contract.DocumentedResponse;
import io.cucumber.plugin.event.Status;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One line of the ledger. */
final class LedgerRow {
    final String title;
    final Optional<DocumentedResponse> response;
    int passed;
    int failed;
    int skipped;
    int errors;
    boolean observed;
    String detail = "";
    final Set<String> skipReasons = new LinkedHashSet<>();
    final Map<String, Integer> skipReasonCounts = new LinkedHashMap<>();
    final Set<String> errorReasons = new LinkedHashSet<>();

    LedgerRow(String title, Optional<DocumentedResponse> response) {
        this.title = title;
        this.response = response;
    }

    void count(Status status, boolean verdict, String reason) {
        switch (status) {
            case PASSED -> passed++;
            case SKIPPED, PENDING -> {
                skipped++;
                if (!reason.isBlank()) {
                    skipReasons.add(reason);
                }
                skipReasonCounts.merge(reason.isBlank() ? "(no reason given)" : reason, 1, Integer::sum);
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

    String observedCell() {
        return response.isEmpty() ? "" : observed ? "yes" : "no";
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
