package conformance.marqtune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator over HTTP: loopback only, a free port, JSON on the wire. */
class SimulatorServerTest {

    private final SimulatorServer server = SimulatorServer.start(SimulatorSettings.withRandomKeys());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void itBindsAFreePortOnTheLoopbackInterface() {
        assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.baseUrl().getPort()).isPositive();
    }

    @Test
    void itServesTheContractOverHttp() throws Exception {
        HttpResponse<String> model = send("GET", "/models/" + SeededModels.READY_MODEL_ID, server.settings().apiKey());
        HttpResponse<String> unauthorised = send("GET", "/models/" + SeededModels.READY_MODEL_ID, null);
        HttpResponse<String> invalidMethod = send("PUT", "/models/" + SeededModels.READY_MODEL_ID, server.settings().apiKey());

        assertThat(model.statusCode()).isEqualTo(200);
        assertThat(model.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(model.body()).startsWith("{\"statusCode\":200,\"body\":{\"modelId\":\"" + SeededModels.READY_MODEL_ID);
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        assertThat(unauthorised.body()).isEqualTo("{\"message\":\"Unauthorized.\"}");
        assertThat(invalidMethod.statusCode()).isEqualTo(400);
    }

    @Test
    void aDeviationBendsTheReplyOverHttp() throws Exception {
        try (SimulatorServer deviant = SimulatorServer.start(
                SimulatorSettings.withRandomKeys().withDeviation(Deviation.R4_STATUS_403))) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(deviant.baseUrl() + "/models/" + SeededModels.READY_MODEL_ID)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(403);
        }
    }

    /** Only a lower bound: a busy machine may answer later, never sooner. */
    @Test
    void aLatencyDelaysEveryAnswerByAtLeastThatMuch() throws Exception {
        try (SimulatorServer slow = SimulatorServer.start(SimulatorSettings.withRandomKeys().withLatencyMs(150))) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(slow.baseUrl() + "/models/" + SeededModels.READY_MODEL_ID)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
            assertThat(SimulatorMain.banner(slow)).contains("latency:          150 ms a request");
        }
    }

    @Test
    void theBannerTellsHowToPointTheSuiteAtIt() {
        assertThat(SimulatorMain.banner(server))
                .contains(server.baseUrl().toString(), server.settings().apiKey(), SeededModels.READY_MODEL_ID,
                        SimulatorMain.suiteCommand(server));
        assertThat(SimulatorMain.suiteCommand(server)).as("everything the suite needs to check every response")
                .contains("MARQTUNE_API_KEY=" + server.settings().apiKey() + " ",
                        "MARQTUNE_FOREIGN_API_KEY=" + server.settings().foreignApiKey() + " ", "mvn verify -DskipUTs ",
                        "-Dmarqtune.baseUrl=" + server.baseUrl() + " ",
                        "-Dmarqtune.serverError.modelId=" + SeededModels.SERVER_ERROR_MODEL_ID);
    }

    private HttpResponse<String> send(String method, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5));
        if (key != null) {
            request.header("x-api-key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
