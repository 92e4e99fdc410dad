package conformance.marqtune.contract;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a scenario's tags say, read here alone so that a tag means the same to the ledger, report and context. Tags read
 * the same with their {@code @} (Cucumber) or without (Allure).
 */
public record ScenarioTags(Set<String> names) {

    /** The groups of checks beyond the page, by the tag their feature carries, in the order the ledger lists them. */
    public enum Group {
        AUTH_FIRST("auth-first", "authentication comes first"),
        EXACT_KEYS("exact-keys", "keys are compared exactly"),
        UUID_CASE("uuid-case", "a UUID in either case"),
        NO_SERVER_ERROR("no-server-error", "no input gets a 500"),
        ACCOUNT_ISOLATION("account-isolation", "one account cannot read another's model"),
        LATENCY("latency", "R1 within the latency budget"),
        NEAR_MISS_IDS("near-miss-ids", "every near-miss of a model id"),
        NEAR_MISS_KEYS("near-miss-keys", "every near-miss of the key"),
        NEAR_MISS_METHODS("near-miss-methods", "every method but GET"),
        NEAR_MISS_PATHS("near-miss-paths", "every path that is not the route"),
        KEY_PLACEMENT("key-placement", "the key in x-api-key alone"),
        SAME_REQUEST("same-request", "every form of the documented request"),
        SEARCH("search", "the seeded search of whole requests"),
        SWEEP("sweep", "every listed model (sweep)");

        private final String tag;
        private final String title;

        Group(String tag, String title) {
            this.tag = tag;
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What {@link #selection()} says when no tag expression selected the scenarios. */
    public static final String ALL = "(all)";

    public static ScenarioTags of(Collection<String> tags) {
        return new ScenarioTags(tags.stream().map(tag -> tag.startsWith("@") ? tag.substring(1) : tag).collect(Collectors.toSet()));
    }

    /** The documented response the scenario is about ({@code @R1} to {@code @R6}), on the page or beyond it. */
    public Optional<DocumentedResponse> response() {
        return Arrays.stream(DocumentedResponse.values()).filter(response -> names.contains(response.name())).findFirst();
    }

    /** The documented response the scenario checks as the page documents it ({@code @documented}): the ledger's rows R1 to R6. */
    public Optional<DocumentedResponse> documentedResponse() {
        return names.contains("documented") ? response() : Optional.empty();
    }

    /** Checks beyond the page; the sweep is one, though its feature is not tagged {@code @extended}. */
    public boolean beyondThePage() {
        return names.contains("extended") || names.contains(Group.SWEEP.tag);
    }

    public List<Group> groups() {
        return beyondThePage() ? Arrays.stream(Group.values()).filter(group -> names.contains(group.tag)).toList() : List.of();
    }

    /** Timed checks, and the sweep that fills the rate limit: run with no other scenario in flight. */
    public boolean runsAlone() {
        return names.contains(Group.LATENCY.tag) || names.contains(Group.SWEEP.tag);
    }

    /** Allure's severity: the page's responses are critical; beyond it normal, and latency, which a slow network can fail, minor. */
    public String severity() {
        return !beyondThePage() ? "critical" : names.contains(Group.LATENCY.tag) ? "minor" : "normal";
    }

    /** The tag expression that selected the run's scenarios, {@code -Dcucumber.filter.tags} as the run reads it, or {@link #ALL}. */
    public static String selection() {
        return Optional.ofNullable(System.getProperty("cucumber.filter.tags"))
                .filter(expression -> !expression.isBlank())
                .orElse(ALL);
    }
}
