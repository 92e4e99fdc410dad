package conformance.marqtune.run;

import io.cucumber.core.feature.FeatureWithLines;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.options.RuntimeOptionsBuilder;
import io.cucumber.core.runtime.BackendServiceLoader;
import io.cucumber.core.runtime.ObjectFactorySupplier;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.Plugin;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * One launch of Cucumber over some features, whose scenarios are given one run by injection: the
 * conformance run's one launch, and each of the self-check's. Cucumber's runtime is built here with the
 * launch's own plugins and object factories, so that nothing reaches a run through a static: several
 * launches of different runs may go on at once in one JVM.
 */
public final class ScenarioLaunch {

    private static final URI GLUE = URI.create("classpath:/conformance/marqtune/steps");

    private ScenarioLaunch() {
    }

    /** The suite's glue, {@code features}, the scenarios {@code tags} selects (blank: every one), {@code threads} at a time. */
    public static RuntimeOptionsBuilder options(List<Path> features, String tags, int threads) {
        RuntimeOptionsBuilder options = new RuntimeOptionsBuilder().addGlue(GLUE).setThreads(threads).setMonochrome();
        features.forEach(feature -> options.addFeature(FeatureWithLines.create(feature.toUri(), List.of())));
        if (!tags.isBlank()) {
            options.addTagFilter(TagExpressionParser.parse(tags));
        }
        return options;
    }

    /** Runs the scenarios {@code options} select against {@code run}, each event going to {@code plugins}. */
    public static void run(SuiteRun run, RuntimeOptions options, Plugin... plugins) {
        // one object factory a thread, as Cucumber's own parallel runs have: a scenario's glue lives on its thread
        ThreadLocal<RunObjectFactory> factories = ThreadLocal.withInitial(() -> new RunObjectFactory(run));
        ObjectFactorySupplier objectFactories = factories::get;
        Supplier<ClassLoader> classLoader = ScenarioLaunch.class::getClassLoader;
        Runtime.builder()
                .withRuntimeOptions(options)
                .withClassLoader(classLoader)
                .withObjectFactorySupplier(objectFactories)
                .withBackendSupplier(new BackendServiceLoader(classLoader, objectFactories))
                .withAdditionalPlugins(plugins)
                .build()
                .run();
    }
}
