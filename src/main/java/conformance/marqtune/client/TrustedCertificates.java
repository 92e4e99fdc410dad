package conformance.marqtune.client;

import conformance.marqtune.configuration.Tls;
import conformance.marqtune.configuration.TrustStore;
import io.restassured.config.SSLConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;

/** The JVM's CAs plus a configured truststore's, so that a private CA does not cost the public ones. */
final class TrustedCertificates {

    private TrustedCertificates() {
    }

    static SSLConfig sslConfig(Tls tls) {
        if (tls.insecure()) {
            return SSLConfig.sslConfig().relaxedHTTPSValidation();
        }
        return tls.trustStore().map(store -> SSLConfig.sslConfig().trustStore(withJvmDefaults(store))).orElse(SSLConfig.sslConfig());
    }

    private static KeyStore withJvmDefaults(TrustStore trustStore) {
        try {
            KeyStore combined = KeyStore.getInstance(KeyStore.getDefaultType());
            combined.load(null, null);
            Path jvmDefaults = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
            KeyStore defaults = KeyStore.getInstance(jvmDefaults.toFile(), "changeit".toCharArray());
            copyCertificates(defaults, combined, "jvm-");
            copyCertificates(trustStore.keyStore(), combined, "configured-");
            return combined;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JVM's default truststore", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not combine the configured truststore with the JVM's", e);
        }
    }

    private static void copyCertificates(KeyStore from, KeyStore to, String prefix) throws GeneralSecurityException {
        for (String alias : Collections.list(from.aliases())) {
            Certificate certificate = from.getCertificate(alias);
            if (certificate != null) {
                to.setCertificateEntry(prefix + alias, certificate);
            }
        }
    }
}
