package conformance.marqtune.sweep;

import conformance.marqtune.client.TransportFailure;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.contract.ResponseRules;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * What a sweep found: the table of every rule a model broke, and the figures of the run itself.
 *
 * @param checked           models checked (at most {@code marqtune.sweep.max})
 * @param rows              the first {@link ModelSweep#MAX_ROWS} rules broken, one row each
 * @param requestsPerSecond the sweep's requests by the epoch second they were sent in
 * @param latenciesMillis   the detail requests' response times, sorted
 * @param unreached         models that got no HTTP answer at all: no verdict on them
 * @param unreachedReasons  the first 20 of those, with why
 */
public record SweepResult(int listed, int checked, int nonconformingModels, List<Nonconformity> rows, Duration took,
                          SortedMap<Long, Integer> requestsPerSecond, double[] latenciesMillis,
                          Optional<Double> ratePerSecond, int throttledResponses, int unreached,
                          List<String> unreachedReasons, String abandoned) {

    /** How many rules broken a failure message lists; the report attaches them all. */
    static final int SHOWN = 20;

    /** Whether every model conformed and the listing did too (a listing problem is a row of its own). */
    public boolean conforms() {
        return nonconformingModels == 0 && rows.isEmpty();
    }

    public double modelsPerSecond() {
        return took.isZero() ? checked : checked / (took.toNanos() / 1e9);
    }

    /** The response time at {@code percentile} (nearest rank), in milliseconds. */
    public double latencyPercentile(int percentile) {
        if (latenciesMillis.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * latenciesMillis.length);
        return latenciesMillis[Math.max(0, rank - 1)];
    }

    public int busiestSecond() {
        return requestsPerSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** {@code sweep: 153 models, 152 conform, 1 does not}: the ledger's line. */
    public String summaryLine() {
        return "sweep: " + checked + " models" + (checked < listed ? " of " + listed + " listed" : "") + ", "
                + (checked - nonconformingModels) + " conform, " + nonconformingModels + (nonconformingModels == 1 ? " does not" : " do not")
                + (unreached == 0 ? "" : ", " + unreached + " got no answer") + (abandoned.isEmpty() ? "" : " (" + abandoned + ")");
    }

    public String csv() {
        return rows.stream().map(Nonconformity::csv)
                .collect(Collectors.joining("\n", Nonconformity.CSV_HEADER + "\n", "\n"));
    }

    public String figures() {
        return String.format("%d models checked in %.1f s: %.0f models/s; response time p50 %.1f ms, p95 %.1f ms; "
                        + "busiest second %d requests (rate limit: %s)", checked, took.toNanos() / 1e9, modelsPerSecond(),
                latencyPercentile(50), latencyPercentile(95), busiestSecond(),
                ratePerSecond.map(rate -> rate + " a second").orElse("none"));
    }

    /**
     * Nothing when every model conformed; else a {@link RuleBroken} naming the first {@value #SHOWN} rules broken; a
     * {@link TransportFailure}, no verdict, when nothing was wrong but some models got no answer.
     */
    public void assertConforms(SecretMask mask) {
        if (conforms() && unreached > 0) {
            throw new TransportFailure("the sweep could not fetch " + unreached + " of its models; " + summaryLine()
                    + System.lineSeparator() + unreachedReasons.stream().map(reason -> "    - " + reason)
                    .collect(Collectors.joining(System.lineSeparator())), mask);
        }
        if (!conforms()) {
            List<String> table = new ArrayList<>();
            table.add("  the first " + Math.min(SHOWN, rows.size()) + " rules broken (the full table is attached as CSV):");
            rows.stream().limit(SHOWN).map(row -> "    - " + row).forEach(table::add);
            List<BrokenRule> rules = new ArrayList<>();
            long echoed = rows.stream().filter(row -> row.rule().equals(ResponseRules.KEY_NOT_ECHOED)).count();
            if (echoed > 0) {
                rules.add(new BrokenRule(ResponseRules.KEY_NOT_ECHOED, "no form of the API key in any answer",
                        "a leak by the target: " + echoed + " models' answers echoed the API key (masked in this report)"));
            }
            rules.add(new BrokenRule("every model of the listing conforms", checked + " of " + checked + " models conform", summaryLine()));
            throw RuleBroken.acrossExchanges("R1 on every listed model", rules, table, mask::mask);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SweepResult result && result.listed == listed && result.checked == checked
                && result.rows.equals(rows) && Arrays.equals(result.latenciesMillis, latenciesMillis);
    }

    @Override
    public int hashCode() {
        return 31 * rows.hashCode() + checked;
    }

    @Override
    public String toString() {
        return summaryLine();
    }
}
