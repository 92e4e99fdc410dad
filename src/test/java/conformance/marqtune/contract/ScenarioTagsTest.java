package conformance.marqtune.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTagsTest {

    @Test
    void cucumbersTagsAndAlluresLabelsReadTheSame() {
        assertThat(ScenarioTags.of(List.of("@documented", "@R3"))).isEqualTo(ScenarioTags.of(List.of("documented", "R3")));
    }

    @Test
    void aResponseCountsAsDocumentedOnlyUnderDocumented() {
        ScenarioTags documented = ScenarioTags.of(List.of("@documented", "@R4"));
        ScenarioTags beyond = ScenarioTags.of(List.of("@extended", "@exact-keys", "@R4"));

        assertThat(documented.documentedResponse()).contains(DocumentedResponse.R4);
        assertThat(beyond.response()).contains(DocumentedResponse.R4);
        assertThat(beyond.documentedResponse()).isEmpty();
        assertThat(documented.groups()).isEmpty();
        assertThat(beyond.groups()).containsExactly(ScenarioTags.Group.EXACT_KEYS);
    }

    @Test
    void theSweepIsBeyondThePageWithoutExtendedAndRunsAloneAsLatencyDoes() {
        ScenarioTags sweep = ScenarioTags.of(List.of("@sweep", "@R1"));
        ScenarioTags latency = ScenarioTags.of(List.of("@extended", "@latency", "@R1"));

        assertThat(sweep.beyondThePage()).isTrue();
        assertThat(sweep.groups()).containsExactly(ScenarioTags.Group.SWEEP);
        assertThat(List.of(sweep.runsAlone(), latency.runsAlone(), ScenarioTags.of(List.of("@documented", "@R1")).runsAlone()))
                .containsExactly(true, true, false);
        assertThat(List.of(ScenarioTags.of(List.of("@documented", "@R1")).severity(), sweep.severity(), latency.severity()))
                .containsExactly("critical", "normal", "minor");
    }

    @Test
    void aGroupTagOutsideTheChecksBeyondThePageCountsInNoGroup() {
        assertThat(ScenarioTags.of(List.of("@documented", "@R2", "@near-miss-methods")).groups()).isEmpty();
    }
}
