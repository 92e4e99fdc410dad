package conformance.marqtune.configuration;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the target's certificate is checked: against the JVM's CAs plus a configured truststore, or not at
 * all when the user turned verification off (always with a warning).
 *
 * @param trustStorePassword kept only to be masked and looked for by the leak scan, like the keys
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

    /** Verification as the JVM does it, with nothing added. */
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
