package conformance.marqtune.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.fixtures.MisbehavingServer;
import conformance.marqtune.fixtures.TestCertificates;
import conformance.marqtune.report.InMemoryAllure;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.TestResult;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Bounded time and clear failures below HTTP: timeouts, retries, TLS and proxies, against servers on 127.0.0.1. */
@ResourceLock("io.qameta.allure.Allure")
class TransportTest {

    private static final String KEY = "transport-test-key-5b1e";

    @TempDir
    Path temp;

    @Test
    void aClosedPortIsATransportFailureNamingTheTarget() {
        int port = MisbehavingServer.closedPort();
        ModelsApi api = api("http://127.0.0.1:" + port);

        long start = System.nanoTime();
        assertThatThrownBy(() -> api.getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                .isInstanceOf(TransportFailure.class)
                .hasMessageContainingAll("127.0.0.1:" + port, "after 2 attempts", "Connection refused", "not a conformance verdict")
                .message().doesNotContain(KEY);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aServerThatNeverAnswersTimesOutAfterTheReadTimeoutOncePerAttempt() {
        try (MisbehavingServer silent = MisbehavingServer.neverAnswers()) {
            ModelsApi api = api(silent.baseUrl().toString(), "marqtune.timeout.readMs", "150");

            long start = System.nanoTime();
            assertThatThrownBy(() -> api.getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                    .isInstanceOf(TransportFailure.class)
                    .hasMessageContaining("Read timed out");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("two attempts of 150 ms").isBetween(Duration.ofMillis(250), Duration.ofSeconds(10));
            assertThat(silent.connections()).isEqualTo(2);
        }
    }

    @Test
    void aServerThatTricklesItsBodyIsCutOffAtTheRequestDeadline() {
        try (MisbehavingServer trickling = MisbehavingServer.tricklesSlowly()) {
            // a byte every 50 ms never lets a read of 400 ms time out: only the deadline can end the request
            ModelsApi api = api(trickling.baseUrl().toString(), "marqtune.timeout.readMs", "400",
                    "marqtune.timeout.requestMs", "500", "marqtune.retries", "0");

            long start = System.nanoTime();
            assertThatThrownBy(() -> api.getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                    .isInstanceOf(TransportFailure.class)
                    .hasMessageContaining("no complete response within the request deadline of 500 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450), Duration.ofSeconds(10));
        }
    }

    @Test
    void aBodyCutShortAfterItsHeadIsANonConformantResponseAndIsNotRetried() {
        try (MisbehavingServer cutting = MisbehavingServer.cutsBodyShort()) {
            assertThatThrownBy(() -> api(cutting.baseUrl().toString()).getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                    .isInstanceOf(IncompleteResponse.class)
                    .hasMessageStartingWith("every response: the body arrives whole").hasMessageContaining("Premature end");
            assertThat(cutting.connections()).isEqualTo(1);
        }
    }

    @Test
    void aResetConnectionIsATransportFailure() {
        try (MisbehavingServer resetting = MisbehavingServer.resetsConnections()) {
            assertThatThrownBy(() -> api(resetting.baseUrl().toString()).getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                    .isInstanceOf(TransportFailure.class)
                    .hasMessageContaining("reset");
        }
    }

    @Test
    void aPeerThatDoesNotSpeakHttpIsATransportFailure() {
        try (MisbehavingServer garbage = MisbehavingServer.speaksGarbage()) {
            assertThatThrownBy(() -> api(garbage.baseUrl().toString()).getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                    .isInstanceOf(TransportFailure.class);
        }
    }

    @Test
    void aGetIsSentOnceMoreAfterATransportFailureAndTheSecondAnswerCounts() {
        try (MisbehavingServer flaky = MisbehavingServer.resetsOnceThenAnswers(404, "{\"statusCode\":404,\"body\":{\"message\":\"model not found\"}}")) {
            ApiResponse response = api(flaky.baseUrl().toString()).getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID);

            assertThat(response.status()).isEqualTo(404);
            assertThat(flaky.connections()).isEqualTo(2);
        }
    }

    @Test
    void aRetriedRequestMarksItsTestFlakyWithBothAttemptsAttached() {
        List<TestResult> written;
        try (MisbehavingServer flaky = MisbehavingServer.resetsOnceThenAnswers(404, "{\"statusCode\":404,\"body\":{\"message\":\"model not found\"}}")) {
            written = InMemoryAllure.run(() -> api(flaky.baseUrl().toString())
                    .getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID)).results();
        }

        assertThat(written).singleElement().satisfies(result -> {
            assertThat(result.getStatusDetails().isFlaky()).isTrue();
            assertThat(result.getLabels()).noneMatch(label -> label.getName().equals(ModelsApi.RETRIED_LABEL));
            assertThat(result.getAttachments()).extracting(Attachment::getName)
                    .contains("Request", "Transport failure", "Request (attempt 2)", "Response (attempt 2)");
        });
    }

    @Test
    void retriesCanBeTurnedOff() {
        try (MisbehavingServer flaky = MisbehavingServer.resetsOnceThenAnswers(200, "{}")) {
            assertThatThrownBy(() -> api(flaky.baseUrl().toString(), "marqtune.retries", "0")
                    .getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                    .isInstanceOf(TransportFailure.class)
                    .hasMessageContaining("after 1 attempt:");
            assertThat(flaky.connections()).isEqualTo(1);
        }
    }

    /** A kept-alive connection the server closed unannounced is checked before reuse: neither resent nor blamed. */
    @Test
    void aConnectionTheServerClosedWithoutSayingSoIsNotUsedAgain() {
        try (MisbehavingServer closing = MisbehavingServer.answersThenClosesWithoutSaying(404, "{\"statusCode\":404,\"body\":{\"message\":\"model not found\"}}")) {
            ModelsApi api = api(closing.baseUrl().toString(), "marqtune.retries", "0");
            for (int request = 1; request <= 5; request++) {
                assertThat(api.getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID).status()).as("request %d", request).isEqualTo(404);
            }
            assertThat(closing.connections()).isEqualTo(5);
        }
    }

    @Test
    void aMethodOtherThanGetIsNeverRetried() {
        try (MisbehavingServer resetting = MisbehavingServer.resetsConnections()) {
            assertThatThrownBy(() -> api(resetting.baseUrl().toString()).probeMethod("POST", KeyKind.VALID))
                    .isInstanceOf(TransportFailure.class)
                    .hasMessageContaining("after 1 attempt:");
            assertThat(resetting.connections()).isEqualTo(1);
        }
    }

    @Test
    void anHttpResponseIsNeverRetriedHoweverBad() {
        try (MisbehavingServer failing = MisbehavingServer.answers(503, "{\"message\":\"Service Unavailable\"}")) {
            ApiResponse response = api(failing.baseUrl().toString()).getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID);

            assertThat(response.status()).isEqualTo(503);
            assertThat(failing.connections()).isEqualTo(1);
        }
    }

    @Test
    void aSelfSignedCertificateFailsByDefaultAndPassesWithItsTruststore() {
        TestCertificates certificates = TestCertificates.create(temp);
        try (SimulatorServer https = SimulatorServer.startHttps(SimulatorSettings.withRandomKeys().withApiKey(KEY), 0,
                SimulatorServer.tls(certificates.keyStore(), certificates.password()))) {
            String url = https.baseUrl().toString();
            assertThat(url).startsWith("https://127.0.0.1:");

            assertThatThrownBy(() -> api(url).getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                    .isInstanceOf(TransportFailure.class)
                    .hasMessageContaining("TLS handshake failed");
            ApiResponse trusted = api(url, "marqtune.tls.truststore", certificates.trustStore().toString(),
                    "marqtune.tls.truststorePassword", certificates.password())
                    .getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID);
            ApiResponse insecure = api(url, "marqtune.tls.insecure", "true").getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID);

            assertThat(trusted.status()).isEqualTo(200);
            assertThat(insecure.status()).isEqualTo(200);
        }
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() throws Exception {
        List<String> proxied = new CopyOnWriteArrayList<>();
        HttpClient forwarder = HttpClient.newHttpClient();
        HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        proxy.createContext("/", exchange -> {
            URI target = exchange.getRequestURI();
            proxied.add(exchange.getRequestMethod() + " " + target);
            try {
                HttpRequest.Builder forward = HttpRequest.newBuilder(target).method(exchange.getRequestMethod(),
                        HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5));
                String key = exchange.getRequestHeaders().getFirst("x-api-key");
                if (key != null) {
                    forward.header("x-api-key", key);
                }
                HttpResponse<byte[]> answer = forwarder.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                exchange.getResponseHeaders().set("Content-Type", answer.headers().firstValue("Content-Type").orElse("application/json"));
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        proxy.start();
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withApiKey(KEY))) {
            ApiResponse response = api(simulator.baseUrl().toString(),
                    "marqtune.proxy", "http://127.0.0.1:" + proxy.getAddress().getPort())
                    .getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID);

            assertThat(response.status()).isEqualTo(200);
            assertThat(proxied).containsExactly("GET " + simulator.baseUrl() + "/models/" + SeededModels.READY_MODEL_ID);
        } finally {
            proxy.stop(0);
        }
    }

    private static ModelsApi api(String baseUrl, String... more) {
        Properties properties = new Properties();
        properties.setProperty("marqtune.baseUrl", baseUrl);
        properties.setProperty("marqtune.timeout.connectMs", "1000");
        properties.setProperty("marqtune.timeout.readMs", "2000");
        for (int i = 0; i < more.length; i += 2) {
            properties.setProperty(more[i], more[i + 1]);
        }
        return new ModelsApi(SuiteConfiguration.from(properties, Map.of("MARQTUNE_API_KEY", KEY), Path.of("environments")));
    }
}
