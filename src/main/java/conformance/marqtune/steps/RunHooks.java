package conformance.marqtune.steps;

import conformance.marqtune.run.ConformanceRun;
import io.cucumber.java.BeforeAll;

/**
 * Where every run of the features starts: the JUnit suite's and a single feature's from an IDE alike. The
 * self-check starts its own runs first, and this hook then leaves them be.
 */
public class RunHooks {

    @BeforeAll
    public static void startTheRunUnlessOneIsActive() {
        ConformanceRun.startUnlessActive();
    }
}
