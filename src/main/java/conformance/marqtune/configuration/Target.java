package conformance.marqtune.configuration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the suite talks to; targeting the embedded simulator replaces this part of the configuration alone.
 *
 * @param serverErrorModelId a model id the target answers with 500, where the environment has such a hook
 */
public record Target(URI baseUrl, Secret apiKey, Optional<Secret> foreignApiKey, Optional<String> serverErrorModelId,
                     Tls tls, Optional<URI> proxy, boolean isSimulator) {

    public static final String BASE_URL = "marqtune.baseUrl";
    public static final String API_KEY = "marqtune.apiKey";
    public static final String FOREIGN_API_KEY = "marqtune.foreignApiKey";
    public static final String SERVER_ERROR_MODEL_ID = "marqtune.serverError.modelId";
    public static final String PROXY = "marqtune.proxy";

    /** The configured target, or empty when no base URL is configured: then the runner starts the simulator. */
    public static Optional<Target> from(SettingSources sources) {
        Optional<URI> baseUrl = sources.text(BASE_URL).map(Target::baseUrl);
        Optional<Secret> apiKey = sources.secret(API_KEY);
        Optional<Secret> foreignApiKey = sources.secret(FOREIGN_API_KEY);
        if (foreignApiKey.isPresent() && foreignApiKey.equals(apiKey)) {
            throw new ConfigurationException(FOREIGN_API_KEY, "the same key as " + API_KEY,
                    "a valid key of a second account, which owns none of the first account's models");
        }
        Tls tls = Tls.from(sources);
        Optional<URI> proxy = sources.text(PROXY).map(Target::proxy);
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        if (apiKey.isEmpty()) {
            throw new ConfigurationException(API_KEY, "missing while " + BASE_URL + " is " + baseUrl.get(),
                    "the target's API key, best given as the environment variable " + SettingSources.environmentVariable(API_KEY));
        }
        return Optional.of(new Target(baseUrl.get(), apiKey.get(), foreignApiKey, sources.text(SERVER_ERROR_MODEL_ID), tls,
                proxy, false));
    }

    public static Target simulator(URI url, Secret apiKey, Secret foreignApiKey, String serverErrorModelId) {
        return new Target(url, apiKey, Optional.of(foreignApiKey), Optional.of(serverErrorModelId), Tls.jvmDefaults(),
                Optional.empty(), true);
    }

    /** Every secret of the target: what masking hides and what the leak scan looks for. */
    public List<Secret> secrets() {
        return Stream.of(Optional.of(apiKey), foreignApiKey, tls.trustStorePassword()).flatMap(Optional::stream).toList();
    }

    /** {@code https://staging.example (live)}: never with a key. */
    public String describe() {
        return baseUrl + (isSimulator ? " (embedded simulator)" : " (live)");
    }

    @Override
    public String toString() {
        return "Target{" + describe() + ", apiKey=" + apiKey.masked()
                + ", foreignApiKey=" + foreignApiKey.map(Secret::masked).orElse("(none)")
                + ", serverErrorModelId=" + serverErrorModelId.orElse("(none)") + ", tls=" + tls.describe()
                + ", proxy=" + proxy.map(URI::toString).orElse("(none)") + "}";
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
            boolean noPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() <= 0
                    || uri.getRawUserInfo() != null || !noPath) {
                throw new ConfigurationException(PROXY, shown(given), accepted);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(PROXY, shown(given), accepted);
        }
    }
}
