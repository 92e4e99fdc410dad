package conformance.marqtune.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.client.Exchange;
import conformance.marqtune.client.KeyKind;
import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.Pace;
import conformance.marqtune.configuration.Resends;
import conformance.marqtune.configuration.ResponseLimits;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.configuration.Target;
import conformance.marqtune.configuration.Timeouts;
import conformance.marqtune.fixtures.RecordingServer;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every curl line a failure prints sends exactly the request the suite sent: the scenarios' kinds of key (the
 * one-letter case change among them), the seeded search's requests and keys, and the sweep's model and listing
 * fetches. Each request goes out through the suite's client and its curl line through bash and curl, to a server that
 * records what reached it; the two request lines and field lines must be the same. The key holds what bash would
 * expand or end a quote on, and the curl lines must never hold it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurlReplayTest {

    private static final String KEY = "mqk_Curl$Replay\"Te'st`x\\y-0123";
    private static final String FOREIGN = "another-account's-key-4567";
    private static final String MODEL = "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01";

    private final RecordingServer server = new RecordingServer();
    private ModelsApi api;

    /** One request the suite sends, the curl line it prints for it, and the two heads that reached the server. */
    record Printed(String shown, ApiRequest request, String curl, List<List<String>> heads) {
        Printed(String shown, ApiRequest request, String curl) {
            this(shown, request, curl, new ArrayList<>());
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    @BeforeAll
    void start() {
        api = new ModelsApi(Target.simulator(server.baseUrl(), new Secret(KEY), new Secret(FOREIGN), "none"),
                new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)), new Resends(0, 0),
                ResponseLimits.DEFAULTS, Pace.unlimited());
    }

    @AfterAll
    void stop() {
        api.close();
        server.close();
    }

    List<Printed> printed() {
        start();
        String base = server.baseUrl().toString();
        List<Printed> printed = new ArrayList<>();
        for (KeyKind kind : KeyKind.values()) {
            KeyPresentation key = api.presentation(kind);
            ApiRequest request = key.appliedTo(ApiRequest.getModel(MODEL, key.description()));
            printed.add(new Printed("a scenario's request with " + kind.description(), request, new Exchange(request, base).curl()));
        }
        Seeds seeds = new Seeds(MODEL, "0b0f1798-0377-0418-0fc9-045a02770b39", KEY);
        RequestSpace requests = new RequestSpace(seeds);
        KeySpace keys = new KeySpace(KEY);
        Random random = new Random(20261203);
        for (int i = 0; i < 60; i++) {
            var candidate = requests.draw(random);
            if (requests.admissible(candidate)) {
                ApiRequest request = requests.request(candidate);
                printed.add(new Printed("the search's request " + requests.shown(candidate), request, new Exchange(request, base).curl()));
            }
            var keyCandidate = keys.draw(random);
            if (keys.admissible(keyCandidate)) {
                KeyPresentation key = NearMisses.keyNearMiss(KEY, keys.keyOf(keyCandidate));
                ApiRequest request = key.appliedTo(ApiRequest.getModel(MODEL, key.description()));
                printed.add(new Printed("the search's key " + keys.edits(keyCandidate), request, new Exchange(request, base).curl()));
            }
        }
        KeyPresentation valid = api.presentation(KeyKind.VALID);
        printed.add(new Printed("the sweep's fetch of a model", valid.appliedTo(ApiRequest.getModel(MODEL, valid.description())),
                api.curlOf(Optional.of(MODEL), KeyKind.VALID)));
        printed.add(new Printed("the sweep's listing", valid.appliedTo(ApiRequest.get("/models", valid.description())),
                api.curlOf(Optional.empty(), KeyKind.VALID)));
        return sentAndReplayed(printed);
    }

    /**
     * Sends every request through the suite's client, then runs every curl line in one bash script (one process,
     * not one a line: the lines are what is tried, not bash's start-up), and hands each the two heads it caused.
     */
    private List<Printed> sentAndReplayed(List<Printed> printed) {
        printed.forEach(each -> api.send(each.request(), ModelsApi.Attaching.WHEN_ASKED));
        String script = printed.stream().map(each -> each.curl() + " -o /dev/null --max-time 5 || echo \"curl failed: $?\" >&2")
                .collect(java.util.stream.Collectors.joining("\n"));
        try {
            ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
            bash.environment().put("MARQTUNE_API_KEY", KEY);
            bash.environment().put("MARQTUNE_FOREIGN_API_KEY", FOREIGN);
            Process process = bash.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the curl lines finished").isTrue();
            List<List<String>> heads = server.heads();
            assertThat(heads).as("every request and every curl line reached the server: %s", output).hasSize(2 * printed.size());
            for (int i = 0; i < printed.size(); i++) {
                printed.get(i).heads().addAll(List.of(heads.get(i), heads.get(printed.size() + i)));
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not run the curl lines with bash", e);
        }
        return printed;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printed")
    void theCurlLineSendsTheRequestTheSuiteSent(Printed printed) {
        assertThat(new SecretMask(List.of(new Secret(KEY), new Secret(FOREIGN))).formsFoundIn(printed.curl()))
                .as("a curl line holds no run of a key long enough to identify it: %s", printed.curl()).isEmpty();
        List<String> sent = printed.heads().get(0);
        List<String> replayed = printed.heads().get(1);

        assertThat(sameEscapes(replayed.get(0))).as("the request line of %s", printed.curl()).isEqualTo(sameEscapes(sent.get(0)));
        assertThat(ownFields(replayed, printed.request())).as("the field lines of %s", printed.curl())
                .isEqualTo(ownFields(sent, printed.request()));
    }

    /**
     * The request line with every percent-encoding's hex digits in upper case: curl's --data-urlencode writes them in
     * lower case, the suite in upper, and RFC 3986 (2.1) makes the two the same octet.
     */
    private static String sameEscapes(String requestLine) {
        return java.util.regex.Pattern.compile("%[0-9a-fA-F]{2}").matcher(requestLine).replaceAll(escape -> escape.group().toUpperCase(Locale.ROOT));
    }

    /**
     * The field lines whose names the request sets, in order: each client's own fields (User-Agent, Host) left out. An
     * empty value is written {@code name:} (curl's {@code -H 'name;'} sends no space; RFC 9110 (5.5): the same field).
     */
    private static List<String> ownFields(List<String> head, ApiRequest request) {
        List<String> names = request.fields().stream().map(HeaderField::name).map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return head.subList(1, head.size()).stream()
                .filter(line -> names.contains(line.substring(0, Math.max(0, line.indexOf(':'))).toLowerCase(Locale.ROOT)))
                .map(line -> line.substring(line.indexOf(':') + 1).isBlank() ? line.substring(0, line.indexOf(':') + 1) : line)
                .toList();
    }

}
