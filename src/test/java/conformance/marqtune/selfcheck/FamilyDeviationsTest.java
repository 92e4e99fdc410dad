package conformance.marqtune.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Each family of requests has a deviation that it alone catches: run against every scenario, not stopped at the first
 * catch, the deviation is caught by its family's scenario and by no other, so the family is the check that fails on
 * it. Every scenario runs for each deviation, so it runs on request: {@code mvn test -Dtest=FamilyDeviationsTest
 * -Dselfcheck.exclusive=true} (CI runs it).
 */
@EnabledIfSystemProperty(named = "selfcheck.exclusive", matches = "true")
class FamilyDeviationsTest {

    /** Each family's own deviation, and the words of the scenario of its family (its Examples row). */
    static final Map<Deviation, String> ONLY_ITS_FAMILY = families();

    private static Map<Deviation, String> families() {
        Map<Deviation, String> families = new LinkedHashMap<>();
        families.put(Deviation.R2_HEAD_ANSWERED_AS_GET, "that frameworks answer by themselves for a GET route");
        families.put(Deviation.R2_OPTIONS_ANSWERED_BY_THE_FRAMEWORK, "that frameworks answer by themselves for a GET route");
        families.put(Deviation.R2_SAFE_METHODS_READ, "that the registry marks safe");
        families.put(Deviation.R2_METHOD_CASE_IGNORED, "GET in lower case");
        families.put(Deviation.R2_METHOD_OVERRIDE_HONOURED, "POST that asks to be read as GET");
        families.put(Deviation.R2_TRAILING_SLASH_MATCHED, "with a slash after the id");
        families.put(Deviation.R2_SLASHES_MERGED, "with a slash repeated");
        families.put(Deviation.R2_DOT_SEGMENTS_RESOLVED, "with a dot-segment, plain or percent-encoded");
        families.put(Deviation.R2_DECODED_DOT_SEGMENTS_RESOLVED, "with a dot-segment, plain or percent-encoded");
        families.put(Deviation.R2_ROUTE_CASE_IGNORED, "with models in another case");
        families.put(Deviation.R2_PATH_PARAMETER_DROPPED, "with a ;parameter on models");
        families.put(Deviation.R2_ENCODED_SLASH_DECODED, "with the slash before the id percent-encoded");
        families.put(Deviation.R2_BACKSLASH_READ_AS_SLASH, "with a percent-encoded backslash for the slash");
        families.put(Deviation.R2_ROUTE_DECODED_TWICE, "with models percent-encoded twice");
        families.put(Deviation.R2_SUFFIX_PATTERN_MATCHED, "with a suffix on models");
        families.put(Deviation.R2_ROUTE_MATCHED_BY_PREFIX, "with a segment after the id");
        families.put(Deviation.R3_EMPTY_ID_READ_AS_LISTING, "An id that is empty");
        families.put(Deviation.R3_TRAILING_DOTS_DROPPED, "An id with a dot at its end");
        families.put(Deviation.R3_PATTERN_ENDS_IN_DOLLAR, "An id with a line break at its end");
        families.put(Deviation.R4_BEARER_ACCEPTED, "in an Authorization header");
        families.put(Deviation.R4_QUERY_KEY_ACCEPTED, "in a query parameter");
        families.put(Deviation.R4_APIKEY_HEADER_ACCEPTED, "in another header");
        families.put(Deviation.R4_UNDERSCORE_HEADER_ACCEPTED, "in x_api_key");
        families.put(Deviation.R4_COOKIE_KEY_ACCEPTED, "in a cookie");
        families.put(Deviation.R4_FIRST_KEY_FIELD_READ, "in two x-api-key fields, or one with a list");
        families.put(Deviation.R4_FIRST_LIST_ITEM_READ, "in two x-api-key fields, or one with a list");
        families.put(Deviation.R1_KEY_COMPARED_WITH_WHITESPACE, "with whitespace around the key's value");
        families.put(Deviation.R1_KEY_FIELD_NAME_CASE_KEPT, "with the key's field name in upper case");
        families.put(Deviation.R1_ID_CASE_KEPT_IN_LOOKUP, "with the model's id in upper case");
        families.put(Deviation.R1_ABSOLUTE_FORM_NOT_ROUTED, "with its target in absolute form");
        families.put(Deviation.R1_QUERY_IN_THE_ROUTE, "with a query the route does not read");
        families.put(Deviation.R1_ENCODED_ID_LOOKED_UP_AS_SENT, "with an unreserved character percent-encoded");
        return families;
    }

    /**
     * Every deviation, against every scenario but the search's: each is caught by its family, and of each family at
     * least one deviation is caught by that family alone (a deviation of a family may be caught elsewhere too: a
     * framework that answers OPTIONS by itself does so before a key is checked as well).
     */
    @Test
    void eachFamilyHasADeviationThatItAloneCatches() throws InterruptedException, ExecutionException {
        ExecutorService twoAtATime = Executors.newFixedThreadPool(2);
        Map<Deviation, Future<Set<String>>> runs = new LinkedHashMap<>();
        try {
            ONLY_ITS_FAMILY.keySet().forEach(deviation -> runs.put(deviation, twoAtATime.submit(() -> caughtBy(deviation))));
            Map<String, List<String>> alone = new LinkedHashMap<>();
            ONLY_ITS_FAMILY.values().forEach(family -> alone.put(family, new ArrayList<>()));
            for (Map.Entry<Deviation, Future<Set<String>>> run : runs.entrySet()) {
                String family = ONLY_ITS_FAMILY.get(run.getKey());
                Set<String> caught = run.getValue().get();
                assertThat(caught).as("the scenarios that caught %s", run.getKey().cliName()).anyMatch(scenario -> scenario.contains(family));
                if (caught.stream().allMatch(scenario -> scenario.contains(family))) {
                    alone.get(family).add(run.getKey().cliName());
                }
            }
            assertThat(alone).as("each family's deviations caught by that family alone").allSatisfy((family, deviations) ->
                    assertThat(deviations).as("the deviations only \"%s\" catches", family).isNotEmpty());
        } finally {
            twoAtATime.shutdownNow();
        }
    }

    private static Set<String> caughtBy(Deviation deviation) {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withDeviation(deviation))) {
            return FeatureRun.against(simulator, Optional.of(SeededModels.READY_MODEL_ID), "not @search",
                    UnaryOperator.identity()).caught().keySet();
        }
    }
}
