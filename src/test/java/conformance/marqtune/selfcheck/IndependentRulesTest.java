package conformance.marqtune.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.contract.CanonicalUuid;
import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The self-check can fail only if the suite and the simulator decide by rules of their own: a rule both shared would
 * be wrong the same way on both sides, and every run would pass. So they share no code, and a rule broken on either
 * side turns the clean runs of the self-check red.
 */
class IndependentRulesTest {

    private static final Path SIMULATOR_CLASSES = Path.of("target", "classes", "conformance", "marqtune", "simulator");
    private static final Path SUITE_CLASSES = Path.of("target", "classes", "conformance", "marqtune");
    /** Every package of the suite: none may use a class of the simulator (only the launcher, which starts either, meets both). */
    private static final List<String> RULE_PACKAGES = List.of("contract", "request", "inputs", "client", "validation", "verdict",
            "steps", "sweep", "report", "configuration", "run");
    /** The scenarios that send a UUID in upper case. */
    private static final String SCENARIOS_ON_UPPER_CASE = "@uuid-case or @same-request";

    @Test
    void theSimulatorUsesNoClassOfTheSuiteAndTheSuitesRulesNoneOfTheSimulator() throws IOException {
        assertThat(SIMULATOR_CLASSES.resolve("SimulatorServer.class")).as("the simulator's classes, compiled").exists();
        assertThat(SUITE_CLASSES.resolve("run").resolve("ConformanceRun.class")).as("the suite's classes, compiled").exists();
        assertThat(classesReferring(SIMULATOR_CLASSES, "conformance/marqtune/", "conformance/marqtune/simulator/"))
                .as("simulator classes that use a class of the suite").isEmpty();
        for (String rules : RULE_PACKAGES) {
            assertThat(classesReferring(SUITE_CLASSES.resolve(rules), "conformance/marqtune/simulator/", "\u0000")
                    .stream().filter(file -> !file.getFileName().toString().matches(".*(Test|Benchmark)(\\$.*)?\\.class")).toList())
                    .as("classes of the suite's %s package that use a class of the simulator", rules).isEmpty();
        }
        assertThat(Path.of("src", "main", "java", "conformance", "marqtune", "ids")).as("a package of rules shared by both").doesNotExist();
    }

    /** The suite's rule for ids broken (a UUID in upper case is no UUID to it): the clean simulator's runs fail. */
    @Test
    void aBrokenRuleOfTheSuiteFailsTheCleanRuns() {
        UnaryOperator<conformance.marqtune.run.SuiteRun> lowerCaseOnly = run -> run.withCanonicalIds(id -> CanonicalUuid.matches(id)
                && id.equals(id.toLowerCase(java.util.Locale.ROOT)));
        try (SimulatorServer clean = SimulatorServer.start(SimulatorSettings.withRandomKeys())) {
            FeatureRunOutcome outcome = FeatureRun.against(clean, Optional.of(SeededModels.READY_MODEL_ID),
                    SCENARIOS_ON_UPPER_CASE, lowerCaseOnly);

            // what the self-check's clean runs require (SelfCheckTest.passedEverywhere): no scenario failed
            assertThat(outcome.failed()).as("scenarios that found the clean simulator at odds with the broken rule")
                    .isNotEmpty().allSatisfy((scenario, rule) -> assertThat(scenario).containsPattern("(?i)upper.case"));
        }
        try (SimulatorServer clean = SimulatorServer.start(SimulatorSettings.withRandomKeys())) {
            FeatureRunOutcome outcome = FeatureRun.against(clean, Optional.of(SeededModels.READY_MODEL_ID),
                    SCENARIOS_ON_UPPER_CASE, UnaryOperator.identity());

            assertThat(outcome.failed()).as("the same scenarios, the suite's rule as it is").isEmpty();
        }
    }

    /**
     * The simulator's rule for ids broken the same way (the deviation r5-upper-case-uuid-invalid is that break): the
     * same scenarios fail, against the suite's rule as it is.
     */
    @Test
    void aBrokenRuleOfTheSimulatorFailsTheCleanRuns() {
        try (SimulatorServer broken = SimulatorServer.start(SimulatorSettings.withRandomKeys().withDeviation(Deviation.R5_UPPER_CASE_UUID_INVALID))) {
            FeatureRunOutcome outcome = FeatureRun.against(broken, Optional.of(SeededModels.READY_MODEL_ID),
                    SCENARIOS_ON_UPPER_CASE, UnaryOperator.identity());

            assertThat(outcome.caught()).as("scenarios that found the broken simulator at odds with the suite").isNotEmpty();
        }
    }

    /** The class files under {@code root} whose constant pool names a class under {@code prefix}, but not under {@code allowed}. */
    private static List<Path> classesReferring(Path root, String prefix, String allowed) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class")).filter(file -> {
                String text = new String(readAll(file), StandardCharsets.ISO_8859_1);
                for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                    if (!text.startsWith(allowed, at)) {
                        return true;
                    }
                }
                return false;
            }).toList();
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
