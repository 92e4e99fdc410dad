package conformance.marqtune.report;

import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.configuration.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Allure report says about the run itself: the Environment section (what was tested and how,
 * never the key) and the categories that sort failures into kinds.
 */
public final class RunEnvironment {

    private RunEnvironment() {
    }

    /**
     * Empties the Allure results of earlier runs, so that the report and the leak scan see this run alone;
     * {@code history/}, which CI may have copied in for Allure's trends, stays.
     */
    public static void clearEarlierResults(Path allureResults) {
        if (!Files.isDirectory(allureResults)) {
            return;
        }
        try (Stream<Path> files = Files.list(allureResults)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear " + allureResults, e);
        }
    }

    /** Writes {@code environment.properties} and {@code categories.json} into the Allure results. */
    public static void write(Path allureResults, SuiteConfiguration configuration) {
        write(allureResults, configuration, Map.of(), null);
    }

    /**
     * The same, with more entries (the ledger and the manifest, at the end of the run), and Allure's
     * {@code executor.json} naming the run when a manifest is given.
     */
    public static void write(Path allureResults, SuiteConfiguration configuration, Map<String, String> more, RunManifest manifest) {
        Target target = configuration.requireTarget();
        // what the run found first (the verdict, the ledger), then how it was set up
        Map<String, String> entries = new LinkedHashMap<>(more);
        entries.putIfAbsent("Target", target.describe());
        entries.putIfAbsent("Model", configuration.modelId().orElse("first model listed by GET /models"));
        entries.putIfAbsent("Server error trigger", target.serverErrorModelId().orElse("none: R6 is skipped"));
        entries.putIfAbsent("Profile", configuration.profile().orElse("none"));
        entries.putIfAbsent("Schemas", configuration.strictSchemas() ? "strict (undocumented fields fail)" : "relaxed (undocumented fields warn)");
        entries.putIfAbsent("Timeouts", configuration.timeouts().describe());
        entries.putIfAbsent("Retries", configuration.resends().transportRetries()
                + " for a GET after a transport failure; never after an HTTP response");
        entries.putIfAbsent("TLS", target.tls().describe());
        entries.putIfAbsent("Proxy", target.proxy().map(Object::toString).orElse("none"));
        entries.putIfAbsent("Methods sent", ModelsApi.METHODS_SENT);
        entries.putIfAbsent("Java", System.getProperty("java.version"));
        try {
            Files.createDirectories(allureResults);
            Files.writeString(allureResults.resolve("environment.properties"), properties(entries), StandardCharsets.UTF_8);
            if (manifest != null) {
                Files.writeString(allureResults.resolve("executor.json"), executor(manifest), StandardCharsets.UTF_8);
            }
            try (InputStream categories = RunEnvironment.class.getResourceAsStream("/categories.json")) {
                Files.copy(categories, allureResults.resolve("categories.json"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report's environment and categories", e);
        }
    }

    /**
     * {@code entries} in the format {@link java.util.Properties#load(InputStream)} reads, in their order: every
     * character a key or value cannot carry as it is escaped, non-ASCII ones as {@code \\uXXXX}, so that
     * every row comes back exactly, whatever reader Allure uses.
     */
    static String properties(Map<String, String> entries) {
        return entries.entrySet().stream()
                .map(entry -> escaped(entry.getKey(), true) + "=" + escaped(entry.getValue(), false))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String escaped(String text, boolean key) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case '=', ':', '#', '!' -> escaped.append('\\').append(c);
                case ' ' -> escaped.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String executor(RunManifest manifest) {
        Map<String, String> executor = new LinkedHashMap<>();
        executor.put("name", "Get Model conformance suite " + manifest.suiteVersion());
        executor.put("type", "maven");
        executor.put("buildName", manifest.target() + " at " + manifest.started());
        executor.put("reportName", "Get Model conformance: " + manifest.target());
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(executor);
    }
}
