package conformance.marqtune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Maven's epilogue reads the build directory Maven names, wherever {@code mvn} was started: a leak
 * planted in a report there is found and masked in place.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Resources.SYSTEM_OUT)
class MavenEpilogueTest {

    @TempDir
    Path build;

    @Test
    void theBuildDirectoryItIsGivenIsTheOneItScans() throws IOException {
        Path report = Files.createDirectories(build.resolve("failsafe-reports")).resolve("TEST-x.xml");
        Files.writeString(report, "<property name=\"marqtune.apiKey\" value=\"mqk_Zt8Qp3LwX9vR2sNb7YcD4hJf6Ge1Ua5T\"/>");
        System.setProperty("marqtune.apiKey", "mqk_Zt8Qp3LwX9vR2sNb7YcD4hJf6Ge1Ua5T");
        // the verdict it prints goes here, not onto the console of the build that runs this test
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> MavenEpilogue.main(new String[] {build.toString()}))
                    .hasMessageContainingAll("LEAKED", "1 file", "TEST-x.xml", "masked there")
                    .message().doesNotContain("Zt8Qp3LwX9vR");
        } finally {
            System.setOut(console);
            System.clearProperty("marqtune.apiKey");
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("LEAKED").doesNotContain("Zt8Qp3LwX9vR");
        // masked in place: the JUnit XML stays where CI reads it, whole but for the key
        assertThat(report).content().isEqualTo("<property name=\"marqtune.apiKey\" value=\"[masked]\"/>");
        assertThat(RunVerdict.read(new RunFiles(build).verdict())).get().extracting(RunVerdict::kind).isEqualTo(RunVerdict.Kind.LEAKED);
    }

    /** Any run but a pass ends the build red, its verdict the one line that says why, whatever failsafe was told. */
    @Test
    void aRunThatCheckedNothingFailsTheBuild() {
        RunFiles files = new RunFiles(build);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new RunVerdict(RunVerdict.Kind.NOTHING_CHECKED, "NOTHING CHECKED: the tag expression @nosuchtag matched no scenario")
                    .write(files.verdict());
            assertThatThrownBy(() -> MavenEpilogue.main(new String[] {build.toString()}))
                    .hasMessage("Get Model conformance: NOTHING CHECKED: the tag expression @nosuchtag matched no scenario; "
                            + "a gate passes only on a check that passed")
                    .satisfies(failure -> assertThat(failure.getStackTrace()).isEmpty());
            new RunVerdict(RunVerdict.Kind.FAILED, "FAILED: 1 checks failed").write(files.verdict());
            assertThatThrownBy(() -> MavenEpilogue.main(new String[] {build.toString()})).as("-Dmaven.test.failure.ignore")
                    .hasMessageStartingWith("Get Model conformance: FAILED: 1 checks failed");
            RunVerdict.clear(files.verdict());
            assertThatThrownBy(() -> MavenEpilogue.main(new String[] {build.toString()})).as("a dry run writes no verdict")
                    .hasMessageStartingWith("Get Model conformance: NO VERDICT: the run wrote none");
            new RunVerdict(RunVerdict.Kind.PASSED, "PASSED: 1 checks passed, 0 skipped").write(files.verdict());
            MavenEpilogue.main(new String[] {build.toString()});
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("NOTHING CHECKED", "PASSED: 1 checks passed");
    }
}
