package conformance.marqtune.launcher;

import conformance.marqtune.report.RunFiles;
import conformance.marqtune.report.RunReport;
import conformance.marqtune.run.ConformanceRun;
import conformance.marqtune.run.WarmUp;
import conformance.marqtune.simulator.SimulatorMain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runnable jar: {@code java -jar get-model-conformance.jar --base-url URL}. It runs the same features with the same
 * settings as {@code mvn verify} (a flag is a {@code -D} property under another name, so environment variables, {@code -D}
 * and flags keep their precedence and refusals), writes the same results under {@code --out}, and exits with the verdict:
 * 0 passed, 1 checks failed, 2 no verdict, 3 the key was found in a file the run wrote.
 */
public final class Main {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int NO_VERDICT = 2;
    static final int LEAKED = 3;

    /** Each flag and the property it sets. */
    private static final Map<String, String> FLAGS = Map.of(
            "--base-url", "marqtune.baseUrl",
            "--tags", "cucumber.filter.tags",
            "--model-id", "marqtune.modelId",
            "--server-error-model-id", "marqtune.serverError.modelId",
            "--environment", "marqtune.env");

    private static final String HELP = """
            Get Model conformance: checks a Marqtune Get Model deployment against its contract.

              java -jar get-model-conformance.jar [--base-url URL] [options]
              java -jar get-model-conformance.jar --simulator [simulator options, --help for them]

            Options (each is also a -D property and an environment variable, as docs/configuration.md lists):
              --base-url URL               the deployment (marqtune.baseUrl); none: an embedded simulator
              --tags EXPR                  the scenarios to run (cucumber.filter.tags), e.g. "@documented"
              --model-id UUID              the model R1 is checked on (marqtune.modelId)
              --server-error-model-id UUID an id the target answers with 500 (marqtune.serverError.modelId)
              --environment NAME           environments/NAME.properties (marqtune.env)
              --out DIR                    where results go (default ./conformance-results)
              --features DIR               the features to run (default: the ones this jar carries)
              --simulator                  serve the standalone simulator instead
              --help                       this text
            The API key comes from MARQTUNE_API_KEY (never a flag: a flag lands in the shell's history).

            Exit codes: 0 passed; 1 checks failed; 2 no verdict (configuration refused, target unreachable,
            nothing checked); 3 the key was found in a file the run wrote.
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<Path> jar = RunJvm.jarToRelaunch();
        System.exit(jar.isPresent() ? RunJvm.run(jar.get(), args) : run(args));
    }

    static int run(String[] args) throws InterruptedException {
        if (args.length == 0 || !args[0].equals("--simulator") && !args[0].equals("--help")) {
            WarmUp.startTheClient(); // REST Assured's start-up, while the arguments are read and the features found
        }
        if (args.length > 0 && args[0].equals("--simulator")) {
            SimulatorMain.main(Arrays.copyOfRange(args, 1, args.length));
            return PASSED;
        }
        Path out = Path.of("conformance-results");
        Optional<Path> features = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                System.out.print(HELP);
                return PASSED;
            }
            if (i + 1 >= args.length || !(FLAGS.containsKey(flag) || flag.equals("--out") || flag.equals("--features"))) {
                System.err.println("Get Model conformance: NO VERDICT: unknown option or missing value: " + flag + " (--help lists them)");
                return NO_VERDICT;
            }
            String value = args[++i];
            switch (flag) {
                case "--out" -> out = Path.of(value);
                case "--features" -> features = Optional.of(Path.of(value));
                default -> System.setProperty(FLAGS.get(flag), value);
            }
        }
        return runFeatures(out.toAbsolutePath(), features);
    }

    private static int runFeatures(Path out, Optional<Path> features) throws InterruptedException {
        RunFiles files = new RunFiles(out);
        Path bundled = out.resolve("suite");
        extractBundled(bundled);
        // the verdict is printed last, here, after the run has scanned what it wrote
        System.setProperty(RunReport.VERDICT_PRINTED_BY_MAVEN, "true");
        System.setProperty("allure.results.directory", files.allureResults().toString());
        System.setProperty("marqtune.schemas", bundled.resolve("schemas").toString());
        System.setProperty("marqtune.contract", bundled.resolve("contract").resolve("get-model.md").toString());
        Path featureDirectory = features.orElse(bundled.resolve("features"));
        System.setProperty("marqtune.features", featureDirectory.toString());
        if (!Files.isDirectory(featureDirectory)) {
            System.err.println("Get Model conformance: NO VERDICT: no folder of features at " + featureDirectory);
            return NO_VERDICT;
        }
        ConformanceRun.Result result;
        try {
            result = ConformanceRun.ofThisJvm(files, featureDirectory, out.resolve("junit").resolve("TEST-cucumber.xml"));
        } catch (RuntimeException noVerdict) {
            // a refused configuration, features that do not parse: the run ended before any verdict
            System.err.println("Get Model conformance: NO VERDICT: " + noVerdict.getMessage());
            return NO_VERDICT;
        }
        System.out.println(result.verdict().consoleLine(files.summary()));
        return switch (result.verdict().kind()) {
            case PASSED -> PASSED;
            case FAILED -> FAILED;
            case LEAKED -> LEAKED;
            case NO_VERDICT, NOTHING_CHECKED, NOT_RUN, STOPPED -> NO_VERDICT;
        };
    }

    /** The features, schemas and contract this jar carries, copied out: the run reads them as files, as Maven's does. */
    private static void extractBundled(Path target) {
        try {
            var location = Main.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path source = Path.of(location);
            if (Files.isDirectory(source)) {
                copyTree(source.resolve("bundled"), target);
                return;
            }
            try (FileSystem jar = FileSystems.newFileSystem(source)) {
                copyTree(jar.getPath("/bundled"), target);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("could not copy the features and schemas out of the jar to " + target, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    try (InputStream in = Files.newInputStream(path)) {
                        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }
}
