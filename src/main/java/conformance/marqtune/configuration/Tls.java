package conformance.marqtune.configuration;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The JVM's CAs plus a configured truststore, or no check when the user turned it off (always with a warning).
 * {@code trustStorePassword} is kept only to be masked and scanned for, like the keys.
 */
public record Tls(Optional<TrustStore> trustStore, Optional<Secret> trustStorePassword, boolean insecure) {

    public static final String TRUSTSTORE = "marqtune.tls.truststore";
    public static final String TRUSTSTORE_PASSWORD = "marqtune.tls.truststorePassword";
    public static final String INSECURE = "marqtune.tls.insecure";

    public static Tls from(SettingSources sources) {
        Optional<Secret> password = sources.secret(TRUSTSTORE_PASSWORD);
        Optional<TrustStore> trustStore = sources.text(TRUSTSTORE).map(path -> TrustStore.load(TRUSTSTORE, Path.of(path),
                password.map(Secret::reveal).orElse("")));
        return new Tls(trustStore, password, sources.bool(INSECURE, false));
    }

    public static Tls jvmDefaults() {
        return new Tls(Optional.empty(), Optional.empty(), false);
    }

    /** For the report: what is trusted, never a password. */
    public String describe() {
        if (insecure) {
            return "certificate verification OFF (" + INSECURE + "=true)";
        }
        return trustStore.map(store -> "verified; JVM CAs plus " + store).orElse("verified; JVM CAs");
    }
}
