package conformance.marqtune.configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.stream.Stream;

/**
 * Every setting of a run, resolved once and immutable: system property, then environment variable,
 * then the profile file {@code environments/<marqtune.env>.properties}, then the default.
 */
public final class SuiteConfiguration {

    public static final String BASE_URL = "marqtune.baseUrl";
    public static final String API_KEY = "marqtune.apiKey";
    public static final String FOREIGN_API_KEY = "marqtune.foreignApiKey";
    public static final String MODEL_ID = "marqtune.modelId";
    public static final String SERVER_ERROR_MODEL_ID = "marqtune.serverError.modelId";
    public static final String ENV = "marqtune.env";
    public static final String SCHEMA_STRICT = "marqtune.schema.strict";
    public static final String CONNECT_TIMEOUT_MS = "marqtune.timeout.connectMs";
    public static final String READ_TIMEOUT_MS = "marqtune.timeout.readMs";
    public static final String REQUEST_TIMEOUT_MS = "marqtune.timeout.requestMs";
    public static final String RETRIES = "marqtune.retries";
    public static final String TRUSTSTORE = "marqtune.tls.truststore";
    public static final String TRUSTSTORE_PASSWORD = "marqtune.tls.truststorePassword";
    public static final String TLS_INSECURE = "marqtune.tls.insecure";
    public static final String PROXY = "marqtune.proxy";
    public static final String SWEEP_MAX = "marqtune.sweep.max";
    public static final String SWEEP_CONCURRENCY = "marqtune.sweep.concurrency";
    public static final String SWEEP_RATE = "marqtune.sweep.ratePerSecond";
    public static final String THROTTLE_RETRIES = "marqtune.throttle.retries";
    public static final String SIMULATOR_MODELS = "marqtune.simulator.models";
    public static final String SIMULATOR_THROTTLE = "marqtune.simulator.throttlePerSecond";
    public static final String LATENCY_SAMPLES = "marqtune.latency.samples";
    public static final String LATENCY_P95_MS = "marqtune.latency.p95Ms";

    /** Settings that must never come from a file that is committed. */
    private static final Set<String> SECRETS = Set.of(API_KEY, FOREIGN_API_KEY, TRUSTSTORE_PASSWORD);

    private final Optional<URI> baseUrl;
    private final Optional<ApiKey> apiKey;
    private final Optional<ApiKey> foreignApiKey;
    private final Optional<String> modelId;
    private final Optional<String> serverErrorModelId;
    private final Optional<String> environment;
    private final boolean strictSchemas;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration requestDeadline;
    private final boolean targetIsSimulator;
    private final int retries;
    private final Optional<TrustStore> trustStore;
    /** Kept only to be masked and looked for by the leak scan, like the keys. */
    private final Optional<ApiKey> trustStorePassword;
    private final boolean tlsInsecure;
    private final Optional<URI> proxy;
    private final int latencySamples;
    private final Duration latencyP95;
    private final int sweepMax;
    private final int sweepConcurrency;
    private final Optional<Double> sweepRate;
    private final int throttleRetries;
    private final int simulatorModels;
    private final int simulatorThrottle;

    private SuiteConfiguration(Settings settings) {
        this.environment = settings.get(ENV);
        this.baseUrl = settings.get(BASE_URL).map(SuiteConfiguration::baseUrl);
        this.apiKey = settings.get(API_KEY).map(ApiKey::new);
        if (baseUrl.isPresent() && apiKey.isEmpty()) {
            throw new ConfigurationException(API_KEY, "missing while " + BASE_URL + " is " + baseUrl.get(),
                    "the target's API key, best given as the environment variable MARQTUNE_API_KEY");
        }
        if (apiKey.isPresent() && apiKey.get().reveal().isBlank()) {
            throw new ConfigurationException(API_KEY, "blank", "the target's API key");
        }
        this.foreignApiKey = settings.get(FOREIGN_API_KEY).map(ApiKey::new);
        if (foreignApiKey.isPresent() && foreignApiKey.equals(apiKey)) {
            throw new ConfigurationException(FOREIGN_API_KEY, "the same key as " + API_KEY,
                    "a valid key of a second account, which owns none of the first account's models");
        }
        this.modelId = settings.get(MODEL_ID);
        this.serverErrorModelId = settings.get(SERVER_ERROR_MODEL_ID);
        this.strictSchemas = bool(settings, SCHEMA_STRICT, true);
        this.connectTimeout = millis(settings, CONNECT_TIMEOUT_MS, 5_000);
        this.readTimeout = millis(settings, READ_TIMEOUT_MS, 10_000);
        this.requestDeadline = millis(settings, REQUEST_TIMEOUT_MS, connectTimeout.plus(readTimeout).toMillis());
        this.targetIsSimulator = false;
        this.retries = wholeNumber(settings, RETRIES, 1, 0, 5);
        this.trustStore = settings.get(TRUSTSTORE).map(path -> TrustStore.load(TRUSTSTORE, Path.of(path),
                settings.get(TRUSTSTORE_PASSWORD).orElse("")));
        this.trustStorePassword = settings.get(TRUSTSTORE_PASSWORD).map(ApiKey::new);
        this.tlsInsecure = bool(settings, TLS_INSECURE, false);
        this.proxy = settings.get(PROXY).map(SuiteConfiguration::proxy);
        this.latencySamples = wholeNumber(settings, LATENCY_SAMPLES, 20, 1, 1000);
        this.latencyP95 = millis(settings, LATENCY_P95_MS, 2_000);
        this.sweepMax = wholeNumber(settings, SWEEP_MAX, 200, 0, Integer.MAX_VALUE);
        this.sweepConcurrency = wholeNumber(settings, SWEEP_CONCURRENCY, 4, 1, 64);
        this.sweepRate = settings.get(SWEEP_RATE).map(value -> rate(SWEEP_RATE, value));
        this.throttleRetries = wholeNumber(settings, THROTTLE_RETRIES, 5, 0, 20);
        this.simulatorModels = wholeNumber(settings, SIMULATOR_MODELS, 0, 0, 1_000_000);
        this.simulatorThrottle = wholeNumber(settings, SIMULATOR_THROTTLE, 0, 0, 100_000);
    }

    private SuiteConfiguration(SuiteConfiguration base, URI simulatorUrl, ApiKey simulatorKey,
                               Optional<ApiKey> foreignApiKey, Optional<String> serverErrorModelId) {
        this.baseUrl = Optional.of(simulatorUrl);
        this.apiKey = Optional.of(simulatorKey);
        this.foreignApiKey = foreignApiKey;
        this.modelId = base.modelId;
        this.serverErrorModelId = serverErrorModelId;
        this.environment = base.environment;
        this.strictSchemas = base.strictSchemas;
        this.connectTimeout = base.connectTimeout;
        this.readTimeout = base.readTimeout;
        this.requestDeadline = base.requestDeadline;
        this.targetIsSimulator = true;
        this.retries = base.retries;
        this.trustStore = base.trustStore;
        this.trustStorePassword = base.trustStorePassword;
        this.tlsInsecure = base.tlsInsecure;
        this.proxy = base.proxy;
        this.latencySamples = base.latencySamples;
        this.latencyP95 = base.latencyP95;
        this.sweepMax = base.sweepMax;
        this.sweepConcurrency = base.sweepConcurrency;
        this.sweepRate = base.sweepRate;
        this.throttleRetries = base.throttleRetries;
        this.simulatorModels = base.simulatorModels;
        this.simulatorThrottle = base.simulatorThrottle;
    }

    /**
     * This configuration pointed at an embedded simulator: its URL and its two accounts' keys replace the
     * target's, and its fault hook serves R6 unless a trigger is configured.
     */
    public SuiteConfiguration targetingSimulator(URI simulatorUrl, ApiKey simulatorKey, ApiKey simulatorForeignKey,
                                                 String simulatorServerErrorModelId) {
        return new SuiteConfiguration(this, simulatorUrl, simulatorKey, Optional.of(simulatorForeignKey),
                serverErrorModelId.or(() -> Optional.of(simulatorServerErrorModelId)));
    }

    /** The configuration of this JVM: its system properties, its environment and the profile they name. */
    public static SuiteConfiguration load() {
        return from(System.getProperties(), System.getenv(), Path.of("environments"));
    }

    /** The configuration from explicit sources, for tests and for the self-check. */
    public static SuiteConfiguration from(Properties systemProperties, Map<String, String> environment,
                                          Path profileDirectory) {
        return new SuiteConfiguration(new Settings(systemProperties, environment, profileDirectory));
    }

    /** The target, when one is configured; without one the runner starts the embedded simulator. */
    public Optional<URI> baseUrl() {
        return baseUrl;
    }

    public URI requireBaseUrl() {
        return baseUrl.orElseThrow(() -> new ConfigurationException(BASE_URL, "missing",
                "the target's base URL, such as https://marqtune.marqo.ai (the runner sets it for the simulator)"));
    }

    public ApiKey requireApiKey() {
        return apiKey.orElseThrow(() -> new ConfigurationException(API_KEY, "missing",
                "the target's API key, best given as the environment variable MARQTUNE_API_KEY"));
    }

    public Optional<ApiKey> apiKey() {
        return apiKey;
    }

    /** A valid key of a second account, for the check that one account cannot read another's model. */
    public Optional<ApiKey> foreignApiKey() {
        return foreignApiKey;
    }

    /** Every secret of this configuration: what masking hides and what the leak scan looks for. */
    public List<ApiKey> secrets() {
        return Stream.of(apiKey, foreignApiKey, trustStorePassword).flatMap(Optional::stream).toList();
    }

    /**
     * The secrets given to this JVM, read without resolving (or validating) anything else: for the leak
     * scan of the reports, which must run even when the configuration was refused.
     */
    public static List<ApiKey> secretsOf(Properties systemProperties, Map<String, String> environment) {
        return SECRETS.stream().sorted()
                .map(name -> Optional.ofNullable(systemProperties.getProperty(name))
                        .or(() -> Optional.ofNullable(environment.get(environmentVariable(name)))))
                .flatMap(Optional::stream)
                .filter(value -> !value.isEmpty())
                .map(ApiKey::new)
                .toList();
    }

    public int latencySamples() {
        return latencySamples;
    }

    public Duration latencyP95() {
        return latencyP95;
    }

    /** How many listed models the sweep checks at most; 0 means all of them. */
    public int sweepMax() {
        return sweepMax;
    }

    public int sweepConcurrency() {
        return sweepConcurrency;
    }

    /**
     * The most detail requests a second the sweep sends: as configured (0 for no limit), else 10 against
     * a live target and no limit against the embedded simulator.
     */
    public Optional<Double> sweepRatePerSecond() {
        if (sweepRate.isPresent()) {
            return sweepRate.filter(rate -> rate > 0);
        }
        return targetIsSimulator ? Optional.empty() : Optional.of(10.0);
    }

    /** How often a request answered 429 is sent again, after the wait the server asks for. */
    public int throttleRetries() {
        return throttleRetries;
    }

    /** Extra generated models of the embedded simulator, for sweeps of a large environment. */
    public int simulatorModels() {
        return simulatorModels;
    }

    /** Requests a second beyond which the embedded simulator answers 429; 0 for never. */
    public int simulatorThrottlePerSecond() {
        return simulatorThrottle;
    }

    public Optional<String> modelId() {
        return modelId;
    }

    public Optional<String> serverErrorModelId() {
        return serverErrorModelId;
    }

    public Optional<String> environment() {
        return environment;
    }

    public boolean strictSchemas() {
        return strictSchemas;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** The most one request may take in all, however slowly its bytes arrive: connect plus read timeout by default. */
    public Duration requestDeadline() {
        return requestDeadline;
    }

    public boolean targetIsSimulator() {
        return targetIsSimulator;
    }

    /** How often a GET is sent again after a transport failure (never after an HTTP response). */
    public int retries() {
        return retries;
    }

    /** Certificates to trust besides the JVM's own, such as a private CA. */
    public Optional<TrustStore> trustStore() {
        return trustStore;
    }

    /** Whether certificate checks are off: only ever on request, and always with a warning. */
    public boolean tlsInsecure() {
        return tlsInsecure;
    }

    public Optional<URI> proxy() {
        return proxy;
    }

    /** A description safe for logs and reports: the key is never part of it. */
    @Override
    public String toString() {
        return "SuiteConfiguration{baseUrl=" + baseUrl.map(URI::toString).orElse("(embedded simulator)")
                + ", apiKey=" + apiKey.map(ApiKey::masked).orElse("(none)")
                + ", foreignApiKey=" + foreignApiKey.map(ApiKey::masked).orElse("(none)")
                + ", modelId=" + modelId.orElse("(first listed)")
                + ", serverErrorModelId=" + serverErrorModelId.orElse("(none)")
                + ", env=" + environment.orElse("(none)")
                + ", strictSchemas=" + strictSchemas
                + ", connectTimeout=" + connectTimeout.toMillis() + "ms"
                + ", readTimeout=" + readTimeout.toMillis() + "ms"
                + ", requestDeadline=" + requestDeadline.toMillis() + "ms"
                + ", retries=" + retries
                + ", truststore=" + trustStore.map(TrustStore::toString).orElse("(JVM default)")
                + ", tlsInsecure=" + tlsInsecure
                + ", proxy=" + proxy.map(URI::toString).orElse("(none)")
                + ", latency=" + latencySamples + " samples, p95 within " + latencyP95.toMillis() + "ms"
                + ", sweep=" + (sweepMax == 0 ? "all" : "at most " + sweepMax) + " models, " + sweepConcurrency + " at a time, "
                + sweepRatePerSecond().map(rate -> rate + " requests/s").orElse("no rate limit")
                + ", throttleRetries=" + throttleRetries + "}";
    }

    /** What a message may repeat of a URL that was given: without any {@code user:password@} it holds. */
    private static String shown(String given) {
        return "'" + given.replaceAll("(?<=//)[^/@]*@", "****@") + "'";
    }

    private static URI baseUrl(String given) {
        String accepted = "an absolute http or https URL without credentials, such as https://marqtune.marqo.ai";
        try {
            URI uri = new URI(given.strip().replaceAll("/+$", ""));
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new ConfigurationException(BASE_URL, shown(given), accepted);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(BASE_URL, shown(given), accepted);
        }
    }

    private static URI proxy(String given) {
        String accepted = "http://host:port";
        try {
            URI uri = new URI(given.strip());
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() <= 0
                    || uri.getRawUserInfo() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
                throw new ConfigurationException(PROXY, shown(given), accepted);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(PROXY, shown(given), accepted);
        }
    }

    private static double rate(String name, String value) {
        return parsed(name, value, Double::parseDouble, rate -> rate >= 0 && Double.isFinite(rate),
                "requests a second, such as 10 or 2.5 (0 for no limit)");
    }

    private static int wholeNumber(Settings settings, String name, int fallback, int min, int max) {
        return settings.get(name).map(value -> parsed(name, value, Integer::parseInt, number -> number >= min && number <= max,
                "a whole number from " + min + " to " + max)).orElse(fallback);
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

    private static boolean bool(Settings settings, String name, boolean fallback) {
        return settings.get(name).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException(name, "'" + value + "'", "true or false");
        }).orElse(fallback);
    }

    private static Duration millis(Settings settings, String name, long fallback) {
        return settings.get(name).map(value -> Duration.ofMillis(parsed(name, value, Long::parseLong, ms -> ms > 0,
                "a whole number of milliseconds above 0"))).orElse(Duration.ofMillis(fallback));
    }

    /** The four sources in order of precedence. */
    private static final class Settings {
        private final Properties systemProperties;
        private final Map<String, String> environment;
        private final Map<String, String> profile;

        Settings(Properties systemProperties, Map<String, String> environment, Path profileDirectory) {
            this.systemProperties = systemProperties;
            this.environment = environment;
            // The profile is named by the two sources above it only: a profile cannot name another.
            this.profile = fromSystemOrEnvironment(ENV).map(name -> readProfile(profileDirectory, name)).orElse(Map.of());
        }

        Optional<String> get(String property) {
            return fromSystemOrEnvironment(property)
                    .or(() -> Optional.ofNullable(profile.get(property)).filter(value -> !value.isEmpty()));
        }

        private Optional<String> fromSystemOrEnvironment(String property) {
            return Optional.ofNullable(systemProperties.getProperty(property)).filter(value -> !value.isEmpty())
                    .or(() -> Optional.ofNullable(environment.get(environmentVariable(property)))
                            .filter(value -> !value.isEmpty()));
        }

        private static Map<String, String> readProfile(Path directory, String name) {
            if (!name.matches("[A-Za-z0-9_.-]+")) {
                throw new ConfigurationException(ENV, "'" + name + "'", "a profile name of letters, digits, '.', '_' or '-'");
            }
            Path file = directory.resolve(name + ".properties");
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException(ENV, "'" + name + "' but " + file + " does not exist",
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

    /** {@code marqtune.serverError.modelId} becomes {@code MARQTUNE_SERVER_ERROR_MODEL_ID}. */
    public static String environmentVariable(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
