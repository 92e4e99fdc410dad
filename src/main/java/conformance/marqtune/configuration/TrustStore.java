package conformance.marqtune.configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Loaded with the configuration, so an unreadable one stops the run before any request; its password is not kept. */
public final class TrustStore {

    private final Path path;
    private final KeyStore keyStore;

    private TrustStore(Path path, KeyStore keyStore) {
        this.path = path;
        this.keyStore = keyStore;
    }

    static TrustStore load(String setting, Path path, String password) {
        String accepted = "a readable PKCS12 or JKS truststore, with its password in "
                + Tls.TRUSTSTORE_PASSWORD + " (or "
                + SettingSources.environmentVariable(Tls.TRUSTSTORE_PASSWORD) + ") if it has one";
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigurationException(setting, "'" + path + "', which is not a readable file", accepted);
        }
        try {
            return new TrustStore(path, KeyStore.getInstance(path.toFile(), password.toCharArray()));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigurationException(setting, "'" + path + "', which could not be read ("
                    + e.getClass().getSimpleName() + ")", accepted);
        }
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
