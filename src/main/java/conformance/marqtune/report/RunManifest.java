package conformance.marqtune.report;

import conformance.marqtune.configuration.SearchSettings;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.contract.ScenarioTags;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What a gate decision needs to be audited later: which suite, which contract and schemas (by
 * SHA-256), which target, which scenarios (the tags, the features and the name filter that selected them), and when.
 */
public record RunManifest(String suiteVersion, String contractSha256, String schemasSha256, String target,
                          String tags, String features, String search, Instant started, Instant finished) {

    // the project's folders, or the copies the runnable jar carries
    public static final Path CONTRACT = Path.of(System.getProperty("marqtune.contract", "contract/get-model.md"));
    public static final Path SCHEMAS = Path.of(System.getProperty("marqtune.schemas", "schemas"));
    public static final Path FEATURES = Path.of(System.getProperty("marqtune.features", "features"));

    public static RunManifest of(Target target, SearchSettings search, Instant started, Instant finished) {
        String tags = ScenarioTags.selection();
        // the selection as the run's -D properties give it, beside the tags: a run narrowed to one scenario says so
        String features = System.getProperty("cucumber.features", FEATURES.toString())
                + Optional.ofNullable(System.getProperty("cucumber.filter.name")).map(name -> "; names matching " + name).orElse("");
        return new RunManifest(readSuiteVersion(), sha256(List.of(CONTRACT)), sha256(schemaFiles()),
                target.describe(), tags, features, "seed " + search.seed() + ", " + search.requestsFor(target) + " requests", started, finished);
    }

    /** The manifest as ordered name/value pairs: for the summary's header and Allure's Environment. */
    public Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Target", target);
        entries.put("Suite", "get-model-conformance " + suiteVersion);
        entries.put("Contract", "sha256:" + contractSha256 + " (" + CONTRACT + ")");
        entries.put("Schemas", "sha256:" + schemasSha256 + " (" + SCHEMAS + "/*.schema.json)");
        entries.put("Tags", tags);
        entries.put("Features", features);
        entries.put("Seeded search", search);
        entries.put("Started", started.toString());
        entries.put("Finished", finished.toString());
        return entries;
    }

    private static String readSuiteVersion() {
        return suiteProperty("version").orElse("unknown");
    }

    /** A property of the build the suite was made by ({@code suite.properties}, filtered by Maven): its version, its test JVM's flags. */
    public static Optional<String> suiteProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = RunManifest.class.getResourceAsStream("/suite.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read suite.properties", e);
        }
        return Optional.ofNullable(properties.getProperty(name)).filter(value -> !value.startsWith("${"));
    }

    private static List<Path> schemaFiles() {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + SCHEMAS, e);
        }
    }

    /** One digest over the files in order, each as its name, a NUL, its bytes: a renamed file changes it too. */
    static String sha256(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
