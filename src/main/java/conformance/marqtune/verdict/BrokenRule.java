package conformance.marqtune.verdict;

/** One rule of the contract that a response broke: the rule in words, what it expects, what came back. */
public record BrokenRule(String rule, String expected, String actual) {
}
