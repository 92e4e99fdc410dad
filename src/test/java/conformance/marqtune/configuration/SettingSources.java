package conformance.marqtune.configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where settings come from, in order of precedence: system property, environment variable, the profile
 * file {@code environments/<marqtune.env>.properties}, then the default the reader gives. Each typed
 * reader refuses a value it cannot use with a {@link ConfigurationException} that names the setting.
 */
public final class SettingSources {

    public static final String PROFILE = "marqtune.env";
    /** Settings that must never come from a file that is committed. */
    static final Set<String> SECRETS = Set.of(Target.API_KEY, Target.FOREIGN_API_KEY, Tls.TRUSTSTORE_PASSWORD);

    private final Properties systemProperties;
    private final Map<String, String> environment;
    private final Map<String, String> profile;
    private final Optional<String> profileName;

    public SettingSources(Properties systemProperties, Map<String, String> environment, Path profileDirectory) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        // the profile is named by the two sources above it only: a profile cannot name another
        this.profileName = fromSystemOrEnvironment(PROFILE);
        this.profile = profileName.map(name -> readProfile(profileDirectory, name)).orElse(Map.of());
    }

    /** This JVM's sources: its system properties, its environment and the profile folder {@code environments/}. */
    public static SettingSources ofThisJvm() {
        return new SettingSources(System.getProperties(), System.getenv(), Path.of("environments"));
    }

    /** The profile in use, if one is named. */
    public Optional<String> profileName() {
        return profileName;
    }

    /** The setting's value from the first source that has a non-empty one. */
    public Optional<String> text(String name) {
        return fromSystemOrEnvironment(name)
                .or(() -> Optional.ofNullable(profile.get(name)).filter(value -> !value.isEmpty()));
    }

    public Optional<Secret> secret(String name) {
        return text(name).map(Secret::new);
    }

    public boolean bool(String name, boolean fallback) {
        return text(name).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException(name, "'" + value + "'", "true or false");
        }).orElse(fallback);
    }

    public int wholeNumber(String name, int fallback, int min, int max) {
        return text(name).map(value -> parsed(name, value, Integer::parseInt, number -> number >= min && number <= max,
                "a whole number from " + min + " to " + max)).orElse(fallback);
    }

    public Duration millis(String name, long fallback) {
        return text(name).map(value -> Duration.ofMillis(parsed(name, value, Long::parseLong, ms -> ms > 0,
                "a whole number of milliseconds above 0"))).orElse(Duration.ofMillis(fallback));
    }

    /** Requests a second; 0 means no limit. */
    public Optional<Double> rate(String name) {
        return text(name).map(value -> parsed(name, value, Double::parseDouble, rate -> rate >= 0 && Double.isFinite(rate),
                "requests a second, such as 10 or 2.5 (0 for no limit)"));
    }

    /**
     * The secrets given to this JVM, read without resolving (or validating) anything else: for the leak
     * scan of the reports, which must run even when the configuration was refused.
     */
    public static List<Secret> secretsGiven(Properties systemProperties, Map<String, String> environment) {
        return SECRETS.stream().sorted()
                .map(name -> Optional.ofNullable(systemProperties.getProperty(name))
                        .or(() -> Optional.ofNullable(environment.get(environmentVariable(name)))))
                .flatMap(Optional::stream)
                .filter(value -> !value.isEmpty())
                .map(Secret::new)
                .toList();
    }

    /** {@code marqtune.serverError.modelId} becomes {@code MARQTUNE_SERVER_ERROR_MODEL_ID}. */
    public static String environmentVariable(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** {@code value} parsed and within bounds, or a configuration error that names the setting and the accepted form. */
    private static <T> T parsed(String name, String value, Function<String, T> parse, Predicate<T> acceptable, String accepted) {
        try {
            T parsed = parse.apply(value.strip());
            if (acceptable.test(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted form
        }
        throw new ConfigurationException(name, "'" + value + "'", accepted);
    }

    private Optional<String> fromSystemOrEnvironment(String name) {
        return Optional.ofNullable(systemProperties.getProperty(name)).filter(value -> !value.isEmpty())
                .or(() -> Optional.ofNullable(environment.get(environmentVariable(name))).filter(value -> !value.isEmpty()));
    }

    private static Map<String, String> readProfile(Path directory, String name) {
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new ConfigurationException(PROFILE, "'" + name + "'", "a profile name of letters, digits, '.', '_' or '-'");
        }
        Path file = directory.resolve(name + ".properties");
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(PROFILE, "'" + name + "' but " + file + " does not exist",
                    "the name of a file in " + directory + " without .properties");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the profile " + file, e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).strip()));
        for (String secret : SECRETS) {
            if (values.containsKey(secret)) {
                throw new ConfigurationException(secret + " in " + file, "set (value not shown)",
                        "no secret in a profile file: give the key as MARQTUNE_API_KEY instead");
            }
        }
        return values;
    }
}
