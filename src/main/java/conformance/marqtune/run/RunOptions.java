package conformance.marqtune.run;

import conformance.marqtune.configuration.ConfigurationException;
import io.cucumber.core.options.CucumberPropertiesParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.order.StandardPickleOrders;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/** The conformance run's launch options: the suite's, the user's cucumber.* settings over them, and what a run refuses. */
final class RunOptions {

    /** Cucumber settings a run refuses, with why: each would make the gate's verdict say more than the run checked. */
    private static final Map<String, String> REFUSED = Map.of(
            "cucumber.glue", "no value: the suite's steps are its own",
            "cucumber.object-factory", "no value: the run gives its scenarios their objects",
            "cucumber.execution.limit", "no value: a run cut short after some scenarios is no evidence of the others");

    private static final String PARALLEL = "cucumber.execution.parallel.enabled";
    private static final String PARALLELISM = "cucumber.execution.parallel.config.fixed.parallelism";

    private RunOptions() {
    }

    /**
     * The launch's options: the suite's, with the user's cucumber.* settings (tags, name, features, plugins) over them,
     * read before the run starts, so that one Cucumber refuses ends it before any request too.
     */
    static RuntimeOptions of(Properties given, Path features, Path junitXml) {
        REFUSED.forEach((setting, why) -> {
            if (given.getProperty(setting) != null) {
                throw new ConfigurationException(setting, given.getProperty(setting), why);
            }
        });
        RuntimeOptions ours = ScenarioLaunch.options(List.of(features), "", parallelism(given))
                // the run's long chains (the latency samples, the seeded search) start in its first seconds (docs/speed.md)
                .setPickleOrder(StandardPickleOrders.reverseLexicalUriOrder())
                .addPluginName("junit:" + junitXml.toAbsolutePath())
                .build();
        RuntimeOptions options = new CucumberPropertiesParser().parse(cucumberSettings(given)).build(ours);
        if (options.isDryRun()) {
            // Cucumber counts a dry run's scenarios as passed: a gate would pass on no request at all
            throw new ConfigurationException("cucumber.execution.dry-run", "true", "false: a dry run sends no request, "
                    + "so it is no evidence of conformance");
        }
        options.plugins().forEach(plugin -> pluginFile(plugin.argument()));
        return options;
    }

    /**
     * How many scenarios run at once: eight, unless the user says otherwise. A run waits on round trips, not on its CPU
     * (against a target 200 ms away the documented set ends 0.3 s sooner than four at a time);
     * {@code -Dcucumber.execution.parallel.enabled=false} runs them one by one.
     */
    private static int parallelism(Properties given) {
        String enabled = given.getProperty(PARALLEL, "true").strip();
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new ConfigurationException(PARALLEL, enabled, "true or false");
        }
        if (enabled.equals("false")) {
            return 1;
        }
        String fixed = given.getProperty(PARALLELISM, "8").strip();
        if (!fixed.matches("[1-9][0-9]{0,2}")) {
            throw new ConfigurationException(PARALLELISM, fixed, "a whole number of scenarios at once, 1 to 999");
        }
        return Integer.parseInt(fixed);
    }

    /**
     * The file a plugin writes, given as Cucumber reads its argument (a path, or a {@code file:} URL), so that the run's
     * leak scan reads it too; a plugin that would send its output elsewhere (an {@code http:} URL) is refused.
     */
    private static Optional<Path> pluginFile(String argument) {
        if (argument == null || argument.isBlank()) {
            return Optional.empty();
        }
        if (!argument.matches("(?i)[a-z][a-z0-9+.-]+:.*")) {
            return Optional.of(Path.of(argument)); // a path (a scheme has two letters or more: not a Windows drive)
        }
        if (argument.regionMatches(true, 0, "file:", 0, 5)) {
            try {
                return Optional.of(Path.of(new URL(argument).toURI()));
            } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
                throw new ConfigurationException("cucumber.plugin", argument, "a file's path or a file: URL the run can scan");
            }
        }
        throw new ConfigurationException("cucumber.plugin", argument, "a file's path or a file: URL: the run sends nothing "
                + "but its requests, and only to its target");
    }

    private static Map<String, String> cucumberSettings(Properties given) {
        return given.stringPropertyNames().stream().filter(name -> name.startsWith("cucumber."))
                .collect(Collectors.toMap(name -> name, given::getProperty));
    }

    /** The files the launch's plugins write (the suite's JUnit XML, and any the user adds with cucumber.plugin). */
    static List<Path> pluginFiles(RuntimeOptions options) {
        return options.plugins().stream().flatMap(plugin -> pluginFile(plugin.argument()).stream()).toList();
    }

}
