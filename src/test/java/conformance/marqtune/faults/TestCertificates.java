package conformance.marqtune.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for 127.0.0.1, made with the JDK's own keytool: a PKCS12 keystore for the
 * HTTPS simulator, and a truststore holding only its certificate (JKS, to show both types are read).
 */
public record TestCertificates(Path keyStore, Path trustStore, String password) {

    public static TestCertificates create(Path directory) {
        String password = "test-only-password";
        Path keyStore = directory.resolve("simulator.p12");
        Path trustStore = directory.resolve("truststore.jks");
        // an EC key: what is tested is trust, not the algorithm, and an RSA key costs the keytool JVM a second
        keytool("-genkeypair", "-alias", "simulator", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", password);
        writeTrustStore(keyStore, trustStore, password);
        return new TestCertificates(keyStore, trustStore, password);
    }

    /** The certificate alone, copied in this JVM: two more keytool JVMs would only export and import it. */
    private static void writeTrustStore(Path keyStore, Path trustStore, String password) {
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            KeyStore trusted = KeyStore.getInstance("JKS");
            trusted.load(null, null);
            trusted.setCertificateEntry("simulator",
                    KeyStore.getInstance(keyStore.toFile(), password.toCharArray()).getCertificate("simulator"));
            trusted.store(out, password.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not write the truststore", e);
        }
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // a short-lived JVM: the first JIT tier is all it needs
        command.add("-J-XX:TieredStopAtLevel=1");
        // the keystore's password guards nothing here: one round of its key derivation, not 10,000, for each
        // JVM that writes or reads it (SHA-256's rounds were a few per cent of the own tests' CPU)
        for (String protection : List.of("macIterationCount", "certPbeIterationCount", "keyPbeIterationCount")) {
            command.add("-J-Dkeystore.pkcs12." + protection + "=1");
        }
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
