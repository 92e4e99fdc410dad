package conformance.marqtune.report;

import io.qameta.allure.Allure;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * In the suite's own tests' JVM, makes Allure's lifecycle before any test runs. Allure makes it on first
 * use without a lock: two test classes' first requests at once can each make one, the later replacing a
 * lifecycle that {@link LeakScanTest} or {@link InMemoryAllure} has set meanwhile, whose results then go
 * elsewhere. Registered with the JUnit Platform through {@code META-INF/services}.
 */
public final class AllureLifecycleFirst implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("marqtune.ownTests")) {
            Allure.getLifecycle();
        }
    }
}
