package conformance.marqtune.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import conformance.marqtune.configuration.Resends;
import conformance.marqtune.configuration.ResponseLimits;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Timeouts;
import conformance.marqtune.simulator.ContentCoding;
import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Content codings as HTTP defines them: every request accepts gzip and deflate; an answer in either is decoded,
 * whether the server was asked or not; the size cap applies to the decoded bytes; an answer in a coding the request
 * did not accept, or one that does not decode, is a verdict of its own.
 */
class ContentCodingsTest {

    private static final String MODEL = SeededModels.READY_MODEL_ID;

    @Test
    void aServerThatCompressesUnaskedOrOnlyWhenAskedIsReadAsItMeant() {
        for (ContentCoding coding : new ContentCoding[] {ContentCoding.ALWAYS, ContentCoding.WHEN_ASKED}) {
            try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withContentCoding(coding));
                 ModelsApi api = api(simulator, ResponseLimits.DEFAULTS)) {
                ApiResponse model = api.getModel(MODEL, KeyKind.VALID);

                assertThat(model.headers()).as("%s", coding).containsEntry("Content-encoding", coding == ContentCoding.ALWAYS ? "gzip" : "deflate");
                assertThat(model.json()).as("%s", coding).hasValueSatisfying(json ->
                        assertThat(json.path("body").path("modelId").asString()).isEqualTo(MODEL));
            }
        }
    }

    @Test
    void aCompressionBombIsStoppedAtTheCapOfTheDecodedBytes() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withDeviation(Deviation.ANY_COMPRESSION_BOMB));
             ModelsApi api = api(simulator, ResponseLimits.DEFAULTS)) {
            assertThatThrownBy(() -> api.getModel(MODEL, KeyKind.VALID)).isInstanceOf(ResponseTooLarge.class)
                    .hasMessageContaining("the body is at most 1048576 bytes");
        }
    }

    @Test
    void aCodingTheRequestDidNotAcceptIsAVerdictOfItsOwn() {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withDeviation(Deviation.ANY_CODING_NOT_ASKED_FOR));
             ModelsApi api = api(simulator, ResponseLimits.DEFAULTS)) {
            assertThatThrownBy(() -> api.getModel(MODEL, KeyKind.VALID)).isInstanceOf(UndecodableResponse.class)
                    .hasMessageStartingWith("every response: the body comes in a content coding the request accepts")
                    .hasMessageContaining("the body comes in br, which the request did not accept");
        }
    }

    @Test
    void deflateWithOrWithoutItsWrapperAndCodingsInTurnAreUndone() throws IOException {
        byte[] json = "{\"message\":\"Unauthorized.\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(decoded(Map.of("Content-Encoding", "deflate"), zlib(json, false))).isEqualTo(json);
        assertThat(decoded(Map.of("content-encoding", "deflate"), zlib(json, true))).as("raw deflate").isEqualTo(json);
        assertThat(decoded(Map.of("Content-Encoding", "deflate, gzip"), gzip(zlib(json, false)))).isEqualTo(json);
        assertThat(decoded(Map.of("Content-Encoding", "identity"), json)).isEqualTo(json);
        assertThat(ContentCodings.decode(Map.of("Content-Encoding", "gzip"), json, 1024).corrupt()).isPresent();
        assertThat(ContentCodings.decode(Map.of("Content-Encoding", "gzip"), gzip(new byte[4096]), 1024).tooLarge()).isTrue();
        assertThat(ContentCodings.decode(Map.of("Content-Encoding", "zstd"), json, 1024).undecodable()).contains("zstd");
        assertThat(ContentCodings.decode(Map.of("Content-Encoding", "gzip"), new byte[0], 1024).corrupt())
                .as("an answer to HEAD: the coding named, no body").isEmpty();
    }

    /** RFC 8259 (8.1): JSON between systems is UTF-8; a byte that is not makes the body no JSON, not a replaced character. */
    @Test
    void aBodyWhoseBytesAreNotUtf8IsNoJson() {
        Exchange exchange = new Exchange(conformance.marqtune.request.ApiRequest.getModel(MODEL, "a test"), "http://127.0.0.1:1");
        byte[] json = "{\"statusCode\":404,\"body\":{\"message\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = json.clone();
        notUtf8[notUtf8.length - 4] = (byte) 0xFF;
        SecretMask none = new SecretMask(java.util.List.of());

        assertThat(ApiResponse.fromBytes(exchange, 404, Map.of(), json, none, Duration.ZERO, 1).json()).isPresent();
        assertThat(ApiResponse.fromBytes(exchange, 404, Map.of(), notUtf8, none, Duration.ZERO, 1).jsonError())
                .isEqualTo("the body is not JSON: its bytes are not UTF-8, as RFC 8259 (8.1) requires");
    }

    private static byte[] decoded(Map<String, String> headers, byte[] body) {
        return ContentCodings.decode(headers, body, 1024).body();
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    private static byte[] zlib(byte[] body, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            deflate.write(body);
        }
        return out.toByteArray();
    }

    private static ModelsApi api(SimulatorServer simulator, ResponseLimits limits) {
        Target target = Target.simulator(simulator.baseUrl(), new Secret(simulator.settings().apiKey()),
                new Secret(simulator.settings().foreignApiKey()), SeededModels.SERVER_ERROR_MODEL_ID);
        return new ModelsApi(target, new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new Resends(0, 0), limits, Pace.unlimited());
    }
}
