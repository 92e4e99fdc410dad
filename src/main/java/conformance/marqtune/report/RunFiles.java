package conformance.marqtune.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Every file a run writes, under one build directory ({@code target/} where Maven runs the tests, or the
 * directory Maven names): what the reports are and what both leak scans read.
 */
public record RunFiles(Path buildDirectory) {

    /** The files of a run started in the project's folder, as Maven and an IDE start it; the jar's go under its {@code --out}. */
    public static RunFiles inProjectFolder() {
        return new RunFiles(Path.of("target"));
    }

    public Path allureResults() {
        return buildDirectory.resolve("allure-results");
    }

    /** A copy of everything the test JVM printed, so that the leak scan reads what reached the console. */
    public Path consoleLog() {
        return buildDirectory.resolve("conformance-console.log");
    }

    /** The ledger and the manifest, in Markdown, for a CI job summary. */
    public Path summary() {
        return buildDirectory.resolve("conformance-summary.md");
    }

    /** The verdict as a value, for Maven's epilogue to print last. */
    public Path verdict() {
        return buildDirectory.resolve("conformance-verdict.json");
    }

    /** Where the run's time went, in numbers: {@link RunTimeline}. */
    public Path timeline() {
        return buildDirectory.resolve("conformance-timeline.properties");
    }

    public Path selfCheck() {
        return buildDirectory.resolve("self-check");
    }

    /** What the run writes while it runs (its plugins' files aside): scanned by the run itself, with the embedded simulator's keys too. */
    public List<Path> writtenByTheRun() {
        return List.of(allureResults(), consoleLog(), summary(), verdict());
    }

    /** Everything the build writes, the JUnit reports Maven writes after the test JVM ended included: Maven's scan. */
    public List<Path> writtenByTheBuild() {
        return List.of(buildDirectory.resolve("failsafe-reports"), buildDirectory.resolve("surefire-reports"),
                allureResults(), consoleLog(), summary(), verdict(), selfCheck());
    }
}
