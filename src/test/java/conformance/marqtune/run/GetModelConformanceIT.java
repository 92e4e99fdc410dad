package conformance.marqtune.run;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.report.RunFiles;
import conformance.marqtune.report.RunManifest;
import conformance.marqtune.report.RunVerdict;
import org.junit.jupiter.api.Test;

/**
 * The conformance run of {@code mvn verify}: every feature under {@code features/} (or those
 * {@code -Dcucumber.features} names) against the configured target, or the embedded simulator. It passes on a
 * PASSED verdict alone; failing, it says the verdict and every scenario that did not pass. Cucumber's JUnit XML,
 * a test case a scenario, goes beside failsafe's own report.
 */
class GetModelConformanceIT {

    @Test
    void theTargetKeepsTheContract() throws InterruptedException {
        RunFiles files = RunFiles.inProjectFolder();
        ConformanceRun.Result result = ConformanceRun.ofThisJvm(files, RunManifest.FEATURES,
                files.buildDirectory().resolve("failsafe-reports").resolve("TEST-cucumber.xml"));

        assertThat(result.verdict().kind()).withFailMessage(result::explained).isEqualTo(RunVerdict.Kind.PASSED);
    }
}
