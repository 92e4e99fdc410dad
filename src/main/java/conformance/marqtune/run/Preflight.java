package conformance.marqtune.run;

import conformance.marqtune.client.KeyKind;
import conformance.marqtune.client.ModelsApi;
import conformance.marqtune.client.RequestLog;
import conformance.marqtune.client.Throttled;
import conformance.marqtune.client.TransportFailure;
import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.verdict.RuleBroken;
import java.util.Optional;
import java.util.UUID;

/**
 * One GET to the target before any scenario, for a random model id: any HTTP answer proves the target
 * reachable (what it answers is for the scenarios to judge); no answer at all is the one failure of the run.
 */
final class Preflight {

    private Preflight() {
    }

    /**
     * Why the target cannot be reached, or empty when it answered anything: a 429 storm or a body cut
     * short is an answer too, for the scenarios to judge.
     */
    static Optional<String> check(SuiteConfiguration configuration) {
        return check(configuration, RequestLog.NONE);
    }

    /** The same, telling {@code log} how long the request took. */
    static Optional<String> check(SuiteConfiguration configuration, RequestLog log) {
        try (ModelsApi api = new ModelsApi(configuration, log)) {
            api.getModel(UUID.randomUUID().toString(), KeyKind.VALID);
            return Optional.empty();
        } catch (Throttled | RuleBroken answered) {
            return Optional.empty();
        } catch (TransportFailure failure) {
            return Optional.of("the target " + configuration.requireTarget().baseUrl() + " cannot be reached: "
                    + failure.reason() + "; no scenario was run (connect timeout "
                    + configuration.timeouts().connect().toMillis() + " ms, read timeout "
                    + configuration.timeouts().read().toMillis() + " ms, "
                    + (1 + configuration.resends().transportRetries()) + " attempts)");
        }
    }
}
