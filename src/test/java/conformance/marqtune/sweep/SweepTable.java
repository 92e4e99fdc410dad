package conformance.marqtune.sweep;

import conformance.marqtune.configuration.SecretMask;
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

    void add(Nonconformity row) {
        Nonconformity masked = new Nonconformity(mask.mask(row.modelId()), mask.mask(row.status()), mask.mask(row.rule()),
                mask.mask(row.expected()), mask.mask(row.actual()));
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
