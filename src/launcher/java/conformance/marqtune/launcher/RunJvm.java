package conformance.marqtune.launcher;

import conformance.marqtune.report.RunManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JVM the jar's run goes in: one started with the flags {@code mvn verify} gives its test JVM (the pom's
 * {@code testJvmArgs}: C1 alone, the parallel collector), since {@code java -jar} cannot set them and the run is
 * short and busy in REST Assured's Groovy (on two cores, a third of its time). The user's own JVM options follow
 * ours, so they win; the environment, the folder and the console are inherited, and the exit code is the run's.
 */
final class RunJvm {

    /** Set in the run's JVM: it runs the checks itself. */
    static final String INSIDE = "marqtune.runJvm";

    private RunJvm() {
    }

    /** The jar this class was loaded from, unless this is the run's JVM already or the code is not in a jar (an IDE, a test). */
    static Optional<Path> jarToRelaunch() {
        if (Boolean.getBoolean(INSIDE)) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(RunJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    /** Runs {@code args} in a JVM of the run's own, from {@code jar}; its exit code. */
    static int run(Path jar, String[] args) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + INSIDE + "=true");
        command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        Process run;
        try {
            run = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the run's JVM", e);
        }
        // a stopped launcher stops its run, which then ends as it would when stopped itself
        Thread stop = new Thread(run::destroy, "stop-the-run");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = run.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return code;
    }

    private static List<String> flags() {
        String flags = RunManifest.suiteProperty("testJvmArgs").orElse("").strip();
        return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }
}
