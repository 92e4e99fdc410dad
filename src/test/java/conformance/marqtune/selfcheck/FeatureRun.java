package conformance.marqtune.selfcheck;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_SHORT_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.LatencyBudget;
import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.SweepLimits;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.run.RunBinding;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import io.cucumber.junit.platform.engine.CucumberTestEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One run of every feature against one simulator, inside this JVM, through the JUnit Platform
 * launcher: no Allure plugin, so nothing reaches the conformance run's results. The configuration is
 * built from nothing but the simulator, so that settings meant for a real target cannot leak in. The run
 * is handed to its launches alone ({@link RunBinding}): other runs may go on in the JVM meanwhile.
 */
public final class FeatureRun {

    /**
     * A latency budget the simulator meets by far (its answers take a few ms, under load tens) and its
     * slow deviation (1000 ms) misses always, with few samples, so that the self-check stays fast and
     * does not flake; the seeded search as {@code search} says (its requests and seed); everything else
     * is the suite's default.
     */
    private static Properties selfCheckSettings(Search search) {
        Properties settings = new Properties();
        settings.setProperty(SearchSettings.REQUESTS, String.valueOf(search.requests()));
        settings.setProperty(SearchSettings.SEED, String.valueOf(search.seed()));
        settings.setProperty(LatencyBudget.SAMPLES, "2");
        settings.setProperty(LatencyBudget.P95_MS, "600");
        // a simulator on 127.0.0.1 needs no pacing; the rate limit has tests of its own
        settings.setProperty(SweepLimits.RATE, "0");
        return settings;
    }

    /**
     * The documented responses' features, whose few requests catch most deviations, and the latency budget,
     * whose two samples are all that catches a slow server: run first, a slow server is caught in two of its
     * answers rather than after every documented scenario has waited for its own.
     */
    private static final List<Path> CHEAP = List.of(Path.of("features", "get_model"),
            Path.of("features", "beyond_the_page", "latency.feature"));
    private static final Path FEATURES = Path.of("features");
    /** No tag expression: every scenario, whatever -Dcucumber.filter.tags the user gave the conformance run. */
    private static final List<String> EVERY_SCENARIO = List.of("");

    private FeatureRun() {
    }

    /** The cheap features, then every other feature. */
    static List<List<Path>> cheapFirst() {
        try (Stream<Path> files = Files.walk(FEATURES)) {
            List<Path> others = files.filter(file -> file.toString().endsWith(".feature"))
                    .filter(file -> CHEAP.stream().noneMatch(file::startsWith)).sorted().toList();
            return List.of(CHEAP, others);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + FEATURES, e);
        }
    }

    private static List<Path> everyFolder() {
        try (Stream<Path> folders = Files.list(FEATURES)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + FEATURES, e);
        }
    }

    private static LauncherDiscoveryRequest request(String runKey, List<Path> paths, String tags,
                                                    Map<String, String> cucumberParameters, boolean stopAtFirstCatch) {
        // none of the conformance run's plugins (its report is the target's, not the self-check's): the one that gives
        // this launch its run, and any the caller names
        String plugins = Stream.concat(Stream.of(RunBinding.pluginFor(runKey)),
                Optional.ofNullable(cucumberParameters.get(PLUGIN_PROPERTY_NAME)).stream()).collect(Collectors.joining(", "));
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        if (stopAtFirstCatch) {
            // a run that stops at its first catch runs few scenarios: one at a time, on the calling thread, its launch
            // prepares Cucumber's glue once rather than once a thread, and no scenario starts beside the one that
            // catches; a clean run keeps the suite's default
            request.configurationParameter(PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, "false");
        }
        return request
                .selectors(paths.stream().map(path -> Files.isDirectory(path) ? DiscoverySelectors.selectDirectory(path.toFile())
                        : DiscoverySelectors.selectFile(path.toFile())).toList())
                .configurationParameter(GLUE_PROPERTY_NAME, "conformance.marqtune.steps")
                // the scenarios the run asks for, whatever -Dcucumber.filter.tags the user gave the conformance run
                .configurationParameter(FILTER_TAGS_PROPERTY_NAME, tags)
                .configurationParameter(JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, "short")
                .configurationParameter(JUNIT_PLATFORM_SHORT_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME, "pickle")
                .configurationParameters(cucumberParameters)
                .configurationParameter(PLUGIN_PROPERTY_NAME, plugins)
                .build();
    }

    /**
     * A launcher of the Cucumber engine alone, with none of the listeners the classpath registers: the own
     * tests' JUnit session has those already, and each launch would otherwise run Jupiter's discovery too
     * and open a session of its own, for nothing (the self-check launches some two hundred times).
     */
    public static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(new CucumberTestEngine())
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
    }

    /** How much of the seeded search a run does: the deviations that only it can catch need it; for the others it is off. */
    public record Search(int requests, long seed) {
        public static final Search OFF = new Search(0, 1);
    }

    public static FeatureRunOutcome against(SimulatorServer simulator, Launcher launcher) {
        return against(simulator, launcher, Optional.empty(), Map.of(), Search.OFF);
    }

    /**
     * The same, with the model for R1 configured (as a live run usually has it) or left to discovery, and
     * more configuration parameters for Cucumber, such as a plugin.
     */
    public static FeatureRunOutcome against(SimulatorServer simulator, Launcher launcher, Optional<String> modelId,
                                  Map<String, String> cucumberParameters, Search search) {
        return run(simulator, launcher, modelId, cucumberParameters, search, false, EVERY_SCENARIO, UnaryOperator.identity());
    }

    /**
     * The scenarios {@code tags} selects, against a clean simulator, the suite's run changed as {@code adjust} says:
     * how a test breaks one of the suite's own rules to show that the self-check then fails.
     */
    public static FeatureRunOutcome against(SimulatorServer simulator, Launcher launcher, Optional<String> modelId, String tags,
                                  UnaryOperator<SuiteRun> adjust) {
        return run(simulator, launcher, modelId, Map.of(), Search.OFF, false, List.of(tags), adjust);
    }

    /**
     * A run against a simulator carrying a deviation, which stops once a check has caught it: no further
     * request is sent and no further scenario starts. The documented responses' features run first,
     * so that most deviations are caught within the first few requests; within them, and then within the
     * other features, the scenarios tagged {@code suspect} (the response the deviation breaks) run before
     * the rest. Every scenario still runs until one catches it.
     */
    public static FeatureRunOutcome untilCaught(SimulatorServer simulator, Launcher launcher, Optional<String> modelId, Search search,
                                      Optional<String> suspect) {
        return run(simulator, launcher, modelId, Map.of(), search, true,
                suspect.map(tag -> List.of(tag, "not " + tag)).orElse(EVERY_SCENARIO), UnaryOperator.identity());
    }

    /** @param tagsInTurn the tag expressions of each part's launches, one after the other: together, every scenario */
    private static FeatureRunOutcome run(SimulatorServer simulator, Launcher launcher, Optional<String> modelId,
                               Map<String, String> cucumberParameters, Search search, boolean stopAtFirstCatch,
                               List<String> tagsInTurn, UnaryOperator<SuiteRun> adjust) {
        Properties settings = selfCheckSettings(search);
        modelId.ifPresent(id -> settings.setProperty(SuiteConfiguration.MODEL_ID, id));
        SuiteConfiguration configuration = SuiteConfiguration.from(settings, Map.of(), Path.of("environments"))
                .targeting(Target.simulator(simulator.baseUrl(), new Secret(simulator.settings().apiKey()),
                        new Secret(simulator.settings().foreignApiKey()), SeededModels.SERVER_ERROR_MODEL_ID));
        SuiteRun run = adjust.apply(new SuiteRun(configuration, Optional.empty()));
        FeatureRunOutcome outcome = new FeatureRunOutcome(stopAtFirstCatch ? () -> run.pace().stop("the self-check has caught the deviation") : () -> { });
        String runKey = SuiteRun.handOver(run);
        try {
            // a deviation's run launches the cheap features alone first, the suspect scenarios of each part first:
            // the Cucumber engine orders the features of one launch by their paths, not as selected
            for (List<Path> paths : stopAtFirstCatch ? cheapFirst() : List.of(everyFolder())) {
                for (String tags : tagsInTurn) {
                    if (!outcome.caught().isEmpty()) {
                        break;
                    }
                    launcher.execute(request(runKey, paths, tags, cucumberParameters, stopAtFirstCatch), outcome);
                }
            }
        } finally {
            SuiteRun.takeBack(runKey);
        }
        return outcome;
    }
}
