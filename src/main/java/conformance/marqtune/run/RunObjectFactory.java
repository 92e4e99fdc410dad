package conformance.marqtune.run;

import io.cucumber.core.backend.ObjectFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;
import org.picocontainer.MutablePicoContainer;
import org.picocontainer.PicoBuilder;

/**
 * Cucumber's object factory for one thread of a run: each scenario gets a picocontainer holding the glue,
 * what the glue asks for in its constructors, and the run itself, so that a scenario reaches its run by
 * injection and every scenario of one launch reaches the same one.
 */
final class RunObjectFactory implements ObjectFactory {

    private final SuiteRun run;
    private final Set<Class<?>> classes = new LinkedHashSet<>();
    private MutablePicoContainer scenario;

    RunObjectFactory(SuiteRun run) {
        this.run = run;
    }

    @Override
    public boolean addClass(Class<?> glue) {
        if (glue != SuiteRun.class && !glue.isInterface() && !Modifier.isAbstract(glue.getModifiers()) && classes.add(glue)) {
            for (Constructor<?> constructor : glue.getConstructors()) {
                for (Class<?> dependency : constructor.getParameterTypes()) {
                    addClass(dependency);
                }
            }
        }
        return true;
    }

    @Override
    public void start() {
        scenario = new PicoBuilder().withCaching().withLifecycle().build();
        scenario.addComponent(SuiteRun.class, run);
        classes.forEach(scenario::addComponent);
        scenario.start();
    }

    @Override
    public void stop() {
        if (scenario != null) {
            scenario.stop();
            scenario.dispose();
            scenario = null;
        }
    }

    @Override
    public <T> T getInstance(Class<T> type) {
        return scenario.getComponent(type);
    }
}
