package conformance.marqtune.inputs;

import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.contract.ResponseRules;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.RuleBroken;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The near-misses one scenario tried, and its one verdict listing every input answered otherwise than documented. */
public final class NearMissReport {

    private final List<NearMissOutcome> tried = new ArrayList<>();

    /** One more input and its answer; the search adds from several threads at once. */
    public synchronized void add(NearMissOutcome one) {
        tried.add(one);
    }

    public synchronized List<NearMissOutcome> tried() {
        return List.copyOf(tried);
    }

    public long asDocumented() {
        return tried().stream().filter(NearMissOutcome::asDocumented).count();
    }

    public String csv() {
        return tried().stream().map(NearMissOutcome::csv).collect(Collectors.joining("\n", NearMissOutcome.CSV_HEADER + "\n", "\n"));
    }

    public void assertAllAsDocumented(String checked, String rule, SecretMask mask) {
        List<NearMissOutcome> tried = tried();
        List<NearMissOutcome> wrong = tried.stream().filter(one -> !one.asDocumented()).toList();
        if (wrong.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("  " + wrong.size() + " of " + tried.size() + " inputs were not answered as documented:");
        wrong.forEach(one -> {
            lines.add("    - input:     " + one.input() + "  (" + one.family() + ")");
            lines.add("      expected:  " + one.expected().label());
            lines.add("      actual:    " + one.wrong().orElseThrow());
            lines.add("      reproduce: " + one.curl());
        });
        // what a proxy or gateway in front answered itself is said first and apart: the service may never have seen those
        List<NearMissOutcome> inFront = wrong.stream().filter(NearMissOutcome::answeredInFront).toList();
        List<NearMissOutcome> byTheService = wrong.stream().filter(one -> !one.answeredInFront()).toList();
        List<BrokenRule> rules = new ArrayList<>();
        // a target that echoed the key leaked it: said first, whatever else was wrong with those answers
        List<NearMissOutcome> echoed = wrong.stream().filter(NearMissOutcome::echoedTheKey).toList();
        if (!echoed.isEmpty()) {
            rules.add(new BrokenRule(ResponseRules.KEY_NOT_ECHOED, "no form of the API key in any answer",
                    "a leak by the target: " + echoed.size() + " of " + tried.size() + " answers echoed the API key (masked in this report)"));
        }
        if (!inFront.isEmpty()) {
            rules.add(new BrokenRule(ResponseRules.ANSWERED_IN_FRONT, "the service's own answer to each input",
                    inFront.size() + " of " + tried.size() + " answered by something in front of the service, the first: "
                            + inFront.get(0).input() + ": " + inFront.get(0).wrong().orElseThrow()));
        }
        if (!byTheService.isEmpty()) {
            rules.add(new BrokenRule(rule, "all " + tried.size() + " inputs as documented",
                    byTheService.size() + " not, the first: " + byTheService.get(0).input()));
        }
        throw RuleBroken.acrossExchanges(checked, rules, lines, mask::mask);
    }
}
