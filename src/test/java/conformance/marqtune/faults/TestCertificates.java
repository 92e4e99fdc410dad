package conformance.marqtune.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
        Path certificate = directory.resolve("simulator.crt");
        Path trustStore = directory.resolve("truststore.jks");
        keytool("-genkeypair", "-alias", "simulator", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", password);
        keytool("-exportcert", "-alias", "simulator", "-keystore", keyStore.toString(), "-storepass", password,
                "-rfc", "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "simulator", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "JKS", "-storepass", password);
        return new TestCertificates(keyStore, trustStore, password);
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
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
