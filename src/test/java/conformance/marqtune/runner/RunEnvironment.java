package conformance.marqtune.runner;

import conformance.marqtune.configuration.SuiteConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The Environment section of the Allure report: what was tested and how, never the key. */
final class RunEnvironment {

    static final Path ALLURE_RESULTS = Path.of("target", "allure-results");

    private RunEnvironment() {
    }

    static String describeTarget(SuiteConfiguration configuration) {
        return configuration.requireBaseUrl() + (configuration.targetIsSimulator() ? " (embedded simulator)" : " (live)");
    }

    static void write(SuiteConfiguration configuration) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Target", describeTarget(configuration));
        entries.put("Model", configuration.modelId().orElse("first model listed by GET /models"));
        entries.put("Server error trigger", configuration.serverErrorModelId().orElse("none: R6 is skipped"));
        entries.put("Profile", configuration.environment().orElse("none"));
        entries.put("Schemas", configuration.strictSchemas() ? "strict (undocumented fields fail)" : "relaxed (undocumented fields warn)");
        entries.put("Timeouts", "connect " + configuration.connectTimeout().toMillis() + " ms, read "
                + configuration.readTimeout().toMillis() + " ms");
        entries.put("Methods sent", "GET; POST, PUT, PATCH only to fresh random model ids; never DELETE");
        entries.put("Java", System.getProperty("java.version"));
        String text = entries.entrySet().stream()
                .map(e -> e.getKey().replace(" ", "\\ ") + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
        try {
            Files.createDirectories(ALLURE_RESULTS);
            Files.writeString(ALLURE_RESULTS.resolve("environment.properties"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report's environment.properties", e);
        }
    }
}
