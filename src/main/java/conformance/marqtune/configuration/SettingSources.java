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
 * Settings in order of precedence: system property, environment variable, profile
 * {@code environments/<marqtune.env>.properties}, then the reader's default. A value a reader cannot use is refused,
 * naming the setting.
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

    public static SettingSources ofThisJvm() {
        return new SettingSources(System.getProperties(), System.getenv(), Path.of("environments"));
    }

    public Optional<String> profileName() {
        return profileName;
    }

    /** The setting's value from the first source that has a non-empty one. */
    public Optional<String> text(String name) {
        return fromSystemOrEnvironment(name)
                .or(() -> Optional.ofNullable(profile.get(name)).filter(value -> !value.isEmpty()));
    }

    /**
     * Whitespace around is removed once, so that one value is sent, masked and scanned. A secret a header cannot carry,
     * or too short to tell apart in the reports, is refused, naming the setting, never the value.
     */
    public Optional<Secret> secret(String name) {
        return text(name).map(value -> new Secret(checkedSecret(name, value)));
    }

    private static String checkedSecret(String name, String given) {
        String value = given.strip();
        String accepted = "printable ASCII characters, " + SecretMask.SHORTEST_RUN
                + " at least, as an HTTP header carries them (whitespace around is removed)";
        if (value.isEmpty()) {
            throw new ConfigurationException(name, "blank", accepted);
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new ConfigurationException(name, "a value with a control character or a character that is not ASCII "
                    + "(not shown)", accepted);
        }
        if (value.length() < SecretMask.SHORTEST_RUN) {
            throw new ConfigurationException(name, value.length() + " characters long (not shown)", accepted
                    + ": a shorter secret cannot be told apart from other text in the reports");
        }
        return value;
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

    /** A duration in milliseconds, from 1 to an hour: longer would hold a gate for no reason, and overflow clients. */
    public Duration millis(String name, long fallback) {
        return text(name).map(value -> Duration.ofMillis(parsed(name, value, Long::parseLong, ms -> ms > 0 && ms <= MAX_MILLIS,
                "a whole number of milliseconds from 1 to " + MAX_MILLIS))).orElse(Duration.ofMillis(fallback));
    }

    /** Requests a second, from 0.1 to 1,000; 0 means no limit. */
    public Optional<Double> rate(String name) {
        return text(name).map(value -> parsed(name, value, Double::parseDouble,
                rate -> rate == 0 || (rate >= 0.1 && rate <= 1_000), "requests a second from 0.1 to 1000, such as 10 or 2.5 (0 for no limit)"));
    }

    private static final long MAX_MILLIS = 3_600_000;

    /** Read without resolving anything else: the leak scan must run even when the configuration was refused. */
    public static List<Secret> secretsGiven(Properties systemProperties, Map<String, String> environment) {
        return SECRETS.stream().sorted()
                .map(name -> Optional.ofNullable(systemProperties.getProperty(name))
                        .or(() -> Optional.ofNullable(environment.get(environmentVariable(name)))))
                .flatMap(Optional::stream)
                .map(String::strip)
                // one the run refused (blank, unsendable, too short) is looked for by no scan: it was never sent
                .filter(value -> value.length() >= SecretMask.SHORTEST_RUN && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                .map(Secret::new)
                .toList();
    }

    /** {@code marqtune.serverError.modelId} becomes {@code MARQTUNE_SERVER_ERROR_MODEL_ID}. */
    public static String environmentVariable(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }

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
