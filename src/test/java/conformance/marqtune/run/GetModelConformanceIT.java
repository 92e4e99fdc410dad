package conformance.marqtune.run;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance run: every feature under {@code features/} against the configured target, or the
 * embedded simulator. The glue, its plugins and the run's start and finish are configured in
 * {@code junit-platform.properties}, so that a single feature run from an IDE is the same run.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class GetModelConformanceIT {
}
