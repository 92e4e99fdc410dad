package conformance.marqtune.client;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.Resends;
import conformance.marqtune.configuration.ResponseLimits;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Timeouts;
import conformance.marqtune.fixtures.RecordingServer;
import conformance.marqtune.inputs.FamilyInput;
import conformance.marqtune.inputs.IdFamilies;
import conformance.marqtune.inputs.KeyFamilies;
import conformance.marqtune.inputs.KeyPlacements;
import conformance.marqtune.inputs.MethodFamilies;
import conformance.marqtune.inputs.PathFamilies;
import conformance.marqtune.inputs.SameRequests;
import conformance.marqtune.inputs.Seeds;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every request of every family goes on the wire exactly as it is modelled, whatever REST Assured and its client
 * would have made of it (they write methods in upper case and merge repeated slashes); and its curl line, run with
 * bash and curl, sends that same request: the same request line and the same field lines, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactRequestTest {

    private static final String KEY = "mqk_exact-Request-Test-0123";
    private static final String MODEL = "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01";

    private final RecordingServer server = new RecordingServer();
    private ModelsApi api;
    private List<FamilyInput> inputs;

    @BeforeAll
    void start() {
        Target target = Target.simulator(server.baseUrl(), new Secret(KEY), new Secret("another-account-key"), "none");
        api = new ModelsApi(target, new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new Resends(0, 0), ResponseLimits.DEFAULTS, Pace.unlimited());
        Seeds seeds = new Seeds(MODEL, "0b0f1798-0377-0418-0fc9-045a02770b39", KEY);
        inputs = Stream.of(IdFamilies.FAMILIES, KeyFamilies.FAMILIES, MethodFamilies.FAMILIES, PathFamilies.FAMILIES,
                KeyPlacements.FAMILIES, SameRequests.FAMILIES).flatMap(List::stream).flatMap(family -> family.inputs(seeds).stream()).toList();
    }

    @AfterAll
    void stop() {
        api.close();
        server.close();
    }

    @Test
    void everyRequestIsSentAsItIsModelled() {
        for (FamilyInput input : inputs) {
            int before = server.heads().size();
            api.send(input.request(), ModelsApi.Attaching.WHEN_ASKED);
            List<String> head = server.heads().get(before);

            assertThat(head.get(0)).as("the request line of %s", input.shown()).isEqualTo(requestLine(input.request()));
            assertThat(fieldLines(head, input.request())).as("the field lines of %s", input.shown()).isEqualTo(expectedLines(input.request()));
        }
    }

    @Test
    void everyCurlLineSendsTheRequestTheSuiteSent() throws IOException, InterruptedException {
        for (FamilyInput input : inputs) {
            String curl = new Exchange(input.request(), server.baseUrl().toString()).curl();
            assertThat(curl).as("a curl line never holds the key").doesNotContain(KEY);
            int before = server.heads().size();
            ProcessBuilder bash = new ProcessBuilder("bash", "-c", curl + " -o /dev/null --max-time 5").redirectErrorStream(true);
            bash.environment().put("MARQTUNE_API_KEY", KEY);
            Process process = bash.start();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("curl for %s finished", input.shown()).isTrue();
            List<String> head = server.heads().get(before);

            assertThat(head.get(0)).as("the request line curl sent for %s: %s", input.shown(), curl).isEqualTo(requestLine(input.request()));
            assertThat(fieldLines(head, input.request())).as("the field lines curl sent for %s: %s", input.shown(), curl)
                    .isEqualTo(expectedLines(input.request()));
        }
    }

    private String requestLine(ApiRequest request) {
        String target = request.absoluteForm() ? server.baseUrl() + request.routeAndQuery() : request.routeAndQuery();
        return request.method() + " " + target + " HTTP/1.1";
    }

    /** The request's own field lines as the wire has them: {@code name: value}. */
    private static List<String> expectedLines(ApiRequest request) {
        return request.fields().stream().map(field -> field.name() + ": " + field.value()).toList();
    }

    /** The recorded field lines whose names the request sets, in the order they came; a client's own fields left out. */
    private static List<String> fieldLines(List<String> head, ApiRequest request) {
        List<String> names = request.fields().stream().map(HeaderField::name).map(name -> name.toLowerCase(Locale.ROOT)).toList();
        List<String> lines = new ArrayList<>();
        for (String line : head.subList(1, head.size())) {
            String name = line.substring(0, Math.max(0, line.indexOf(':'))).toLowerCase(Locale.ROOT);
            if (names.contains(name)) {
                lines.add(line);
            }
        }
        return lines;
    }
}
