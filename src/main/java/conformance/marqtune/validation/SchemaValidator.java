package conformance.marqtune.validation;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Validates JSON against {@code schemas/<name>.schema.json}; schemas refer to each other by {@code $id} under
 * {@link #ID_PREFIX}, mapped onto the folder, each compiled once per validator.
 */
public final class SchemaValidator {

    public static final String ID_PREFIX = "https://conformance.marqtune/schemas/";
    /** The keywords that reject undocumented fields: in the model, relaxed to warnings by {@code marqtune.schema.strict=false}. */
    private static final Set<String> UNDOCUMENTED_FIELD_KEYWORDS = Set.of("additionalProperties", "unevaluatedProperties");

    private final Path directory;
    private final boolean strict;
    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public SchemaValidator(Path directory, boolean strict) {
        this.directory = directory;
        this.strict = strict;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build())
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .resourceLoaders(loaders -> loaders.add(this::load))));
    }

    /** Pays the first validation's class loading and compiling on the calling thread, with a validator of its own. */
    public static void warmUp(Path directory) {
        SchemaValidator validator = new SchemaValidator(directory, true);
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                    .forEach(name -> validator.validate(name, JsonNodeFactory.instance.objectNode()));
        } catch (IOException e) {
            // nothing lost: the first validation compiles its schema, as it would without a warm-up
        }
    }

    public SchemaResult validate(String schemaName, JsonNode document) {
        List<Error> errors = schema(schemaName).validate(document);
        List<SchemaViolation> violations = errors.stream().map(SchemaViolation::of).toList();
        List<SchemaViolation> failures = violations.stream().filter(v -> strict || !isUndocumentedField(v)).toList();
        List<SchemaViolation> warnings = violations.stream().filter(v -> !strict && isUndocumentedField(v)).toList();
        return new SchemaResult(schemaName, failures, warnings);
    }

    private Schema schema(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a schema name is lower case, digits and '-', such as service-error; was '" + name + "'");
        }
        return compiled.computeIfAbsent(name, n -> registry.getSchema(SchemaLocation.of(ID_PREFIX + n + ".schema.json")));
    }

    private InputStreamSource load(AbsoluteIri iri) {
        String id = iri.toString();
        if (!id.startsWith(ID_PREFIX)) {
            return null;
        }
        Path file = directory.resolve(id.substring(ID_PREFIX.length())).normalize();
        if (!file.startsWith(directory.normalize()) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no schema file " + file + " for " + id);
        }
        return () -> Files.newInputStream(file);
    }

    /** An undocumented field of the model object: the envelopes' shapes stay strict whatever the setting. */
    private static boolean isUndocumentedField(SchemaViolation violation) {
        return UNDOCUMENTED_FIELD_KEYWORDS.contains(violation.keyword()) && violation.schemaLocation().startsWith("model.schema.json");
    }
}
