package conformance.marqtune.report;

import conformance.marqtune.contract.ScenarioTags;
import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.verdict.BrokenRule;
import conformance.marqtune.verdict.Evidence;
import conformance.marqtune.verdict.RuleBroken;
import io.cucumber.plugin.event.Status;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The ledger counts by the type of what ended a scenario, and says the verdict in words. */
class CoverageLedgerTest {

    private final CoverageLedger ledger = new CoverageLedger();
    private final RunObservations observations = new RunObservations();

    @Test
    void aCleanRunPassesAndSaysWhatItObserved() {
        ledger.count(ScenarioTags.of(List.of("@R3", "@documented")), Status.PASSED, Optional.empty());
        ledger.count(ScenarioTags.of(List.of("@R1", "@sweep")), Status.PASSED, Optional.empty());
        observations.observed(DocumentedResponse.R3);
        observations.sweep("sweep: 4 models, 4 conform, 0 do not");

        assertThat(ledger.close(observations, Optional.empty())).isEqualTo(new RunVerdict(RunVerdict.Kind.PASSED,
                "PASSED: 2 checks passed, 0 skipped"));
        assertThat(ledger.environmentRows(observations))
                .containsEntry("Ledger: R3 (400 \"Invalid model id\")", "passed")
                .containsEntry("Ledger: R1 (200 the model)", "not run (not selected)")
                .containsEntry("Ledger: beyond the page: every listed model (sweep)", "passed (sweep: 4 models, 4 conform, 0 do not)");
        assertThat(ledger.console(observations)).containsPattern("R3 \\(400 \"Invalid model id\"\\) +yes +1 +0 +0 +0  passed");
    }

    @Test
    void aBrokenRuleIsAFailureAnyOtherErrorIsNoVerdictAndASkipSaysWhy() {
        ledger.count(ScenarioTags.of(List.of("@R3", "@documented")), Status.FAILED, Optional.of(verdict("R3", "the HTTP status is 400")));
        ledger.count(ScenarioTags.of(List.of("@R1", "@documented")), Status.FAILED, Optional.of(new IllegalStateException("no model to check")));
        ledger.count(ScenarioTags.of(List.of("@R6", "@documented")), Status.SKIPPED, Optional.of(new TestAbortedException("no trigger is configured")));
        ledger.count(ScenarioTags.of(List.of("@extended", "@uuid-case", "@R5")), Status.FAILED, Optional.of(new AssertionError("not a verdict")));

        RunVerdict verdict = ledger.close(observations, Optional.empty());

        assertThat(verdict.kind()).isEqualTo(RunVerdict.Kind.FAILED);
        assertThat(verdict.line()).isEqualTo("FAILED: 1 checks failed (R1 0, R2 0, R3 1, R4 0, R5 0, R6 0, beyond the page 0); "
                + "0 passed, 1 skipped, 2 ended in an error without a verdict");
        assertThat(ledger.environmentRows(observations))
                .containsEntry("Ledger: R3 (400 \"Invalid model id\")", "FAILED")
                .containsEntry("Ledger: R1 (200 the model)", "ERROR, no verdict: no model to check")
                .containsEntry("Ledger: R6 (500 \"Internal server error.\")", "skipped: no trigger is configured")
                .containsEntry("Ledger: beyond the page: a UUID in either case", "ERROR, no verdict: not a verdict");
    }

    @Test
    void anUnreachableTargetIsNotRunAndNothingSkippedIsNothingChecked() {
        ledger.count(ScenarioTags.of(List.of("@R3", "@documented")), Status.SKIPPED, Optional.of(new TestAbortedException("not run: gone")));

        assertThat(new CoverageLedger().close(observations, Optional.of("the target is gone")))
                .isEqualTo(new RunVerdict(RunVerdict.Kind.NOT_RUN, "NOT RUN: the target is gone"));
        assertThat(ledger.close(observations, Optional.empty()))
                .isEqualTo(new RunVerdict(RunVerdict.Kind.NOTHING_CHECKED, "NOTHING CHECKED: all 1 selected checks were skipped: 1 × not run: gone"));
    }

    @Test
    void nothingSelectedOrEverythingSkippedIsNoEvidenceAndSaysWhy() {
        assertThat(new CoverageLedger().close(observations, Optional.empty(), Optional.empty(), "@nosuchtag", Optional.empty())).isEqualTo(new RunVerdict(
                RunVerdict.Kind.NOTHING_CHECKED, "NOTHING CHECKED: the tag expression @nosuchtag matched no scenario (cucumber.filter.tags)"));
        assertThat(new CoverageLedger().close(observations, Optional.empty(), Optional.empty(), "(all)", Optional.empty()).line())
                .isEqualTo("NOTHING CHECKED: no scenario was selected (cucumber.filter.name or cucumber.features)");
        ledger.count(ScenarioTags.of(List.of("@R6", "@documented")), Status.SKIPPED, Optional.of(new TestAbortedException("no trigger is configured")));
        ledger.count(ScenarioTags.of(List.of("@extended", "@account-isolation", "@R5")), Status.SKIPPED, Optional.of(new TestAbortedException("no second key")));
        ledger.count(ScenarioTags.of(List.of("@extended", "@account-isolation", "@R5")), Status.SKIPPED, Optional.of(new TestAbortedException("no second key")));

        assertThat(ledger.close(observations, Optional.empty()).line())
                .isEqualTo("NOTHING CHECKED: all 3 selected checks were skipped: 1 × no trigger is configured; 2 × no second key");
        ledger.count(ScenarioTags.of(List.of("@R4", "@documented")), Status.PASSED, Optional.empty());
        assertThat(ledger.close(observations, Optional.empty()).kind()).as("skips beside a pass").isEqualTo(RunVerdict.Kind.PASSED);
    }

    @Test
    void aModelThatCannotBeReadIsNamedFirstAndNeverPasses() {
        ledger.count(ScenarioTags.of(List.of("@R3", "@documented")), Status.PASSED, Optional.empty());
        Optional<String> unreadable = Optional.of("the configured model 1111 (marqtune.modelId) cannot be read with the configured key: HTTP 404");

        assertThat(ledger.close(observations, Optional.empty(), Optional.empty(), "@R3", unreadable)).isEqualTo(new RunVerdict(
                RunVerdict.Kind.NO_VERDICT, "NO VERDICT: the configured model 1111 (marqtune.modelId) cannot be read with the configured key: "
                        + "HTTP 404; 1 passed, 0 skipped"));
        ledger.count(ScenarioTags.of(List.of("@R1", "@documented")), Status.FAILED, Optional.of(verdict("R1", "the HTTP status is 200")));
        assertThat(ledger.close(observations, Optional.empty(), Optional.empty(), "(all)", unreadable).line())
                .startsWith("FAILED: the configured model 1111 (marqtune.modelId) cannot be read with the configured key: HTTP 404; 1 checks failed");
    }

    @Test
    void theSummaryCarriesTheManifestTheTableAndThe429s() {
        ledger.count(ScenarioTags.of(List.of("@R4", "@documented")), Status.PASSED, Optional.empty());
        observations.throttled(3);
        RunManifest manifest = new RunManifest("1.0", "c0ffee", "beef", "http://127.0.0.1:1 (live)", "(all)", "features", "seed 1, 40 requests",
                Instant.parse("2026-11-28T08:00:00Z"), Instant.parse("2026-11-28T08:00:05Z"));

        String markdown = ledger.markdown(manifest, ledger.close(observations, Optional.empty()), observations);

        assertThat(markdown).startsWith("## Get Model conformance: PASSED: 1 checks passed, 0 skipped")
                .contains("| Contract | sha256:c0ffee (contract/get-model.md) |", "| R4 (401 \"Unauthorized.\") | no | 1 | 0 | 0 | 0 | passed |",
                        "429 Too Many Requests: 3 responses met");
    }

    private static RuleBroken verdict(String checked, String rule) {
        return RuleBroken.of(checked, List.of(new BrokenRule(rule, "400", "404")), new Evidence("GET /models/x", "HTTP 404", "curl …"),
                UnaryOperator.identity());
    }
}
