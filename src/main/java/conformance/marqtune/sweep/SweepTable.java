package conformance.marqtune.sweep;

import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.verdict.BrokenRule;
import java.util.ArrayList;
import java.util.List;

/** The sweep's table of rules broken: every column masked, bounded, in the order they were found, from any thread. */
final class SweepTable {

    private final SecretMask mask;
    private final int maxRows;
    private final List<Nonconformity> rows = new ArrayList<>();

    SweepTable(SecretMask mask, int maxRows) {
        this.mask = mask;
        this.maxRows = maxRows;
    }

    /** One rule a model broke, and the curl line that fetches it again: every part masked whole, before the row shortens it. */
    void add(String modelId, String status, BrokenRule rule, String curl) {
        Nonconformity masked = Nonconformity.of(mask.mask(modelId), mask.mask(status),
                new BrokenRule(mask.mask(rule.rule()), mask.mask(rule.expected()), mask.mask(rule.actual())), mask.mask(curl));
        synchronized (rows) {
            if (rows.size() < maxRows) {
                rows.add(masked);
            }
        }
    }

    List<Nonconformity> list() {
        synchronized (rows) {
            return List.copyOf(rows);
        }
    }
}
