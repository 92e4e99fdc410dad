package conformance.marqtune.simulator;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator alone, for client developers and for watching the suite fail; an unknown option lists them all.
 * {@code --upper-case-ids} and {@code --literal-percent-encoding} are readings the contract allows.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorSettings settings = SimulatorSettings.withRandomKeys();
        int port = 8080;
        Path tlsKeyStore = null;
        String tlsPassword = "";
        Deque<String> options = new ArrayDeque<>(Arrays.asList(args));
        while (!options.isEmpty()) {
            String option = options.pop();
            switch (option) {
                case "--list-deviations" -> {
                    System.out.print(Deviation.catalogue());
                    return;
                }
                case "--tls-keystore" -> tlsKeyStore = Path.of(value(options, option));
                case "--tls-password" -> tlsPassword = value(options, option);
                case "--port" -> port = Integer.parseInt(value(options, option));
                case "--api-key" -> settings = settings.withApiKey(value(options, option));
                case "--throttle" -> settings = settings.withThrottle(Integer.parseInt(value(options, option)));
                case "--latency-ms" -> settings = settings.withLatencyMs(Integer.parseInt(value(options, option)));
                case "--upper-case-ids" -> settings = settings.withUpperCaseIds();
                case "--literal-percent-encoding" -> settings = settings.withLiteralPercentEncoding();
                case "--json-written-otherwise" -> settings = settings.withJsonWrittenOtherwise();
                case "--compress" -> settings = settings.withContentCoding(ContentCoding.valueOf(value(options, option)
                        .toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
                case "--models" -> settings = settings.withGeneratedModels(Integer.parseInt(value(options, option)));
                case "--deviation" -> {
                    String name = value(options, option);
                    settings = settings.withDeviation(Deviation.byCliName(name).orElseThrow(() ->
                            new IllegalArgumentException("no deviation named '" + name
                                    + "'; --list-deviations shows the catalogue")));
                }
                default -> throw new IllegalArgumentException("unknown option " + option
                        + "; options: --port N, --api-key KEY, --models N, --throttle N, --latency-ms N, --upper-case-ids, --literal-percent-encoding, --json-written-otherwise, --compress always|when-asked, --deviation NAME, --list-deviations, --tls-keystore FILE, --tls-password PASSWORD");
            }
        }
        SimulatorServer server = tlsKeyStore == null
                ? SimulatorServer.start(settings, port)
                : SimulatorServer.startHttps(settings, port, SimulatorServer.tls(tlsKeyStore, tlsPassword));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println(banner(server));
        new CountDownLatch(1).await();
    }

    static String banner(SimulatorServer server) {
        SimulatorSettings settings = server.settings();
        return String.join(System.lineSeparator(),
                "Marqtune Get Model simulator",
                "  base URL:         " + server.baseUrl(),
                "  API key:          " + settings.apiKey(),
                "  second account:   " + settings.foreignApiKey() + " (owns " + SeededModels.FOREIGN_MODEL_ID + ")",
                "  ready model:      " + SeededModels.READY_MODEL_ID + " (every optional field)",
                "  failed model:     " + SeededModels.FAILED_MODEL_ID + " (with failureReason)",
                "  training model:   " + SeededModels.TRAINING_MODEL_ID,
                "  minimal model:    " + SeededModels.MINIMAL_MODEL_ID + " (no optional field)",
                "  server error id:  " + SeededModels.SERVER_ERROR_MODEL_ID + " (answers 500)",
                "  generated models: " + settings.generatedModels(),
                "  throttle:         " + (settings.throttlePerSecond() == 0 ? "none"
                        : "429 with Retry-After beyond " + settings.throttlePerSecond() + " requests a second"),
                "  latency:          " + (settings.latencyMs() == 0 ? "none" : settings.latencyMs() + " ms a request"),
                "  deviation:        " + settings.deviation().map(d -> d.cliName() + ": " + d.sentence()).orElse("none"),
                "Point the suite at it, from the suite's folder (-DskipUTs: the suite's own tests need no simulator):",
                "  " + suiteCommand(server));
    }

    static String suiteCommand(SimulatorServer server) {
        SimulatorSettings settings = server.settings();
        return "MARQTUNE_API_KEY=" + settings.apiKey() + " MARQTUNE_FOREIGN_API_KEY=" + settings.foreignApiKey()
                + " mvn verify -DskipUTs -Dmarqtune.baseUrl=" + server.baseUrl()
                + " -Dmarqtune.serverError.modelId=" + SeededModels.SERVER_ERROR_MODEL_ID;
    }

    private static String value(Deque<String> options, String option) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return options.pop();
    }
}
