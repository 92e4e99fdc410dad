package conformance.marqtune.verdict;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The one failure that is a conformance verdict: the ledger, the report and the self-check decide by this type and read
 * its rules, never its text. The message's first line names what was checked and the rules broken, alone, so that
 * failures of the same rule read and group alike.
 */
public class RuleBroken extends AssertionError {

    private static final String NEW_LINE = System.lineSeparator();

    private final String checked;
    private final List<BrokenRule> rules;
    private final String headline;

    /**
     * @param checked what was checked, in a few words: {@code R3}, or {@code R1 on every listed model}
     * @param details more lines after the rules (a table of models, say), or empty
     * @param mask    hides every secret in the message: a server may echo a key in what it answered
     */
    protected RuleBroken(String checked, List<BrokenRule> rules, List<String> details, Optional<Evidence> evidence,
                         UnaryOperator<String> mask) {
        super(mask.apply(message(checked, rules, details, evidence)));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a verdict names at least one broken rule");
        }
        this.checked = checked;
        this.rules = List.copyOf(rules);
        this.headline = mask.apply(headline(checked, rules));
    }

    /** The factory of every verdict about one exchange. */
    public static RuleBroken of(String checked, List<BrokenRule> rules, Evidence evidence, UnaryOperator<String> mask) {
        return new RuleBroken(checked, rules, List.of(), Optional.of(evidence), mask);
    }

    /** Rules broken across many exchanges, as the sweep finds them: {@code details} lists where. */
    public static RuleBroken acrossExchanges(String checked, List<BrokenRule> rules, List<String> details,
                                             UnaryOperator<String> mask) {
        return new RuleBroken(checked, rules, details, Optional.empty(), mask);
    }

    public String checked() {
        return checked;
    }

    public List<BrokenRule> rules() {
        return rules;
    }

    /** The first line of the message: what was checked and the rules broken, nothing that varies by request. */
    public String headline() {
        return headline;
    }

    private static String headline(String checked, List<BrokenRule> rules) {
        return checked + ": " + rules.stream().map(BrokenRule::rule).collect(Collectors.joining("; "));
    }

    private static String message(String checked, List<BrokenRule> rules, List<String> details, Optional<Evidence> evidence) {
        StringBuilder text = new StringBuilder(headline(checked, rules));
        for (BrokenRule rule : rules) {
            String indent = rules.size() == 1 ? "  " : "    ";
            if (rules.size() > 1) {
                text.append(NEW_LINE).append("  ").append(rule.rule());
            }
            text.append(NEW_LINE).append(indent).append("expected:  ").append(rule.expected());
            text.append(NEW_LINE).append(indent).append("actual:    ").append(rule.actual());
        }
        details.forEach(line -> text.append(NEW_LINE).append(line));
        evidence.ifPresent(exchange -> text
                .append(NEW_LINE).append("  request:   ").append(exchange.request())
                .append(NEW_LINE).append("  response:  ").append(exchange.response())
                .append(NEW_LINE).append("  reproduce: ").append(exchange.reproduce()));
        return text.toString();
    }
}
