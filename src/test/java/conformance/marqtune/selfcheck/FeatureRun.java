package conformance.marqtune.selfcheck;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.LatencyBudget;
import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.SweepLimits;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.run.ScenarioLaunch;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import io.cucumber.plugin.Plugin;
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

/**
 * One run of every feature against one simulator, inside this JVM, in launches of its own
 * ({@link ScenarioLaunch}): no Allure plugin unless the caller gives one, so nothing reaches the conformance
 * run's results. The configuration is built from nothing but the simulator, so that settings meant for a real
 * target cannot leak in. The run is injected into its launches' scenarios alone: other runs may go on in the
 * JVM meanwhile.
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

    /** The suite's scenarios of one launch: a run that stops at its first catch runs them one at a time, on the calling thread. */
    private static int threads(boolean stopAtFirstCatch) {
        // a run that stops at its first catch runs few scenarios: one at a time, its launch prepares Cucumber's glue
        // once rather than once a thread, and no scenario starts beside the one that catches; a clean run runs the
        // conformance run's eight at a time
        return stopAtFirstCatch ? 1 : 8;
    }

    /** How much of the seeded search a run does: the deviations that only it can catch need it; for the others it is off. */
    public record Search(int requests, long seed) {
        public static final Search OFF = new Search(0, 1);
    }

    public static FeatureRunOutcome against(SimulatorServer simulator) {
        return against(simulator, Optional.empty(), List.of(), Search.OFF);
    }

    /**
     * The same, with the model for R1 configured (as a live run usually has it) or left to discovery, and
     * more plugins for Cucumber, such as Allure's.
     */
    public static FeatureRunOutcome against(SimulatorServer simulator, Optional<String> modelId, List<Plugin> plugins, Search search) {
        return run(simulator, modelId, plugins, search, false, EVERY_SCENARIO, UnaryOperator.identity());
    }

    /**
     * The scenarios {@code tags} selects, against a clean simulator, the suite's run changed as {@code adjust} says:
     * how a test breaks one of the suite's own rules to show that the self-check then fails.
     */
    public static FeatureRunOutcome against(SimulatorServer simulator, Optional<String> modelId, String tags,
                                            UnaryOperator<SuiteRun> adjust) {
        return run(simulator, modelId, List.of(), Search.OFF, false, List.of(tags), adjust);
    }

    /** The scenarios {@code tags} selects, in one launch at the conformance run's parallelism, each event also to {@code plugins}. */
    public static FeatureRunOutcome selected(SimulatorServer simulator, Optional<String> modelId, String tags, List<Plugin> plugins) {
        return run(simulator, modelId, plugins, Search.OFF, false, List.of(tags), UnaryOperator.identity());
    }

    /**
     * A run against a simulator carrying a deviation, which stops once a check has caught it: no further
     * request is sent and no further scenario starts. The documented responses' features run first,
     * so that most deviations are caught within the first few requests; within them, and then within the
     * other features, the scenarios tagged {@code suspect} (the response the deviation breaks) run before
     * the rest. Every scenario still runs until one catches it.
     */
    public static FeatureRunOutcome untilCaught(SimulatorServer simulator, Optional<String> modelId, Search search,
                                                Optional<String> suspect) {
        return run(simulator, modelId, List.of(), search, true,
                suspect.map(tag -> List.of(tag, "not " + tag)).orElse(EVERY_SCENARIO), UnaryOperator.identity());
    }

    /** @param tagsInTurn the tag expressions of each part's launches, one after the other: together, every scenario */
    private static FeatureRunOutcome run(SimulatorServer simulator, Optional<String> modelId, List<Plugin> plugins, Search search,
                                         boolean stopAtFirstCatch, List<String> tagsInTurn, UnaryOperator<SuiteRun> adjust) {
        Properties settings = selfCheckSettings(search);
        modelId.ifPresent(id -> settings.setProperty(SuiteConfiguration.MODEL_ID, id));
        SuiteConfiguration configuration = SuiteConfiguration.from(settings, Map.of(), Path.of("environments"))
                .targeting(Target.simulator(simulator.baseUrl(), new Secret(simulator.settings().apiKey()),
                        new Secret(simulator.settings().foreignApiKey()), SeededModels.SERVER_ERROR_MODEL_ID));
        SuiteRun run = adjust.apply(new SuiteRun(configuration, Optional.empty()));
        FeatureRunOutcome outcome = new FeatureRunOutcome(stopAtFirstCatch ? () -> run.pace().stop("the self-check has caught the deviation") : () -> { });
        Plugin[] launchPlugins = Stream.concat(Stream.of(outcome), plugins.stream()).toArray(Plugin[]::new);
        // a deviation's run launches the cheap features alone first, the suspect scenarios of each part first
        for (List<Path> paths : stopAtFirstCatch ? cheapFirst() : List.of(everyFolder())) {
            for (String tags : tagsInTurn) {
                if (!outcome.caught().isEmpty()) {
                    break;
                }
                // the scenarios the run asks for, whatever -Dcucumber.filter.tags the user gave the conformance run
                ScenarioLaunch.run(run, ScenarioLaunch.options(paths, tags, threads(stopAtFirstCatch)).build(), launchPlugins);
            }
        }
        return outcome;
    }
}
