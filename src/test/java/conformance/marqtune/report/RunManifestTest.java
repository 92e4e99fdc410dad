package conformance.marqtune.report;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.Target;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a gate decision is audited by: the contract and schemas by digest, the target, the tags, the times. */
class RunManifestTest {

    @TempDir
    Path folder;

    @Test
    void theDigestChangesWithAByteOfAFileAndWithItsName() throws IOException {
        Path a = Files.writeString(folder.resolve("a.schema.json"), "{}");
        Path b = Files.writeString(folder.resolve("b.schema.json"), "{}");
        String both = RunManifest.sha256(List.of(a, b));

        assertThat(both).hasSize(64).isEqualTo(RunManifest.sha256(List.of(a, b)));
        Files.writeString(b, "{ }");
        assertThat(RunManifest.sha256(List.of(a, b))).isNotEqualTo(both);
        Path renamed = Files.writeString(folder.resolve("c.schema.json"), "{}");
        Files.writeString(b, "{}");
        assertThat(RunManifest.sha256(List.of(a, renamed))).isNotEqualTo(both);
        assertThat(RunManifest.sha256(List.of(folder.resolve("missing")))).startsWith("unreadable");
    }

    @Test
    void theEntriesNameTheContractTheSchemasTheTargetTheSelectionAndTheTimesInOrder() {
        RunManifest manifest = new RunManifest("0.1.0", "aa", "bb", "https://staging.example (live)", "@documented",
                "features/get_model; names matching model", "seed 7, 40 requests",
                Instant.parse("2026-11-28T08:00:00Z"), Instant.parse("2026-11-28T08:00:05Z"));

        assertThat(manifest.entries()).containsExactly(
                Map.entry("Target", "https://staging.example (live)"),
                Map.entry("Suite", "get-model-conformance 0.1.0"),
                Map.entry("Contract", "sha256:aa (contract/get-model.md)"),
                Map.entry("Schemas", "sha256:bb (schemas/*.schema.json)"),
                Map.entry("Tags", "@documented"),
                Map.entry("Features", "features/get_model; names matching model"),
                Map.entry("Seeded search", "seed 7, 40 requests"),
                Map.entry("Started", "2026-11-28T08:00:00Z"),
                Map.entry("Finished", "2026-11-28T08:00:05Z"));
    }

    @Test
    void theContractAndSchemasOfThisProjectAreDigested() {
        RunManifest manifest = RunManifest.of(Target.simulator(URI.create("http://127.0.0.1:1"),
                new Secret("k"), new Secret("f"), "t"), new SearchSettings(5, java.util.Optional.empty()),
                Instant.EPOCH, Instant.EPOCH);

        assertThat(manifest.contractSha256()).hasSize(64);
        assertThat(manifest.schemasSha256()).hasSize(64);
        assertThat(manifest.target()).isEqualTo("http://127.0.0.1:1 (embedded simulator)");
        assertThat(manifest.search()).isEqualTo("seed 5, 400 requests");
    }
}
