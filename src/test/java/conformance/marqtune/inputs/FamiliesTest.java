package conformance.marqtune.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.contract.CanonicalUuid;
import conformance.marqtune.contract.DocumentedResponse;
import conformance.marqtune.contract.Precedence;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each family's requests get what its feature says they get, by the contract's precedence, before anything is sent:
 * a family that named the wrong response would make its scenario an error of the suite, not a verdict.
 */
class FamiliesTest {

    private static final String KEY = "families-test-key";
    private static final String MODEL = "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01";
    private static final Seeds SEEDS = new Seeds(MODEL, "0b0f1798-0377-0418-0fc9-045a02770b39", KEY);
    private static final Precedence PRECEDENCE = new Precedence(new Secret(KEY), Optional.empty(), () -> MODEL, Optional.empty(),
            CanonicalUuid::matches);
    /** The id families whose ids are canonical UUIDs: each names no model, or exactly itself. */
    private static final Set<String> CANONICAL = Set.of("with the first, the version or the last digit changed",
            "with a version and a variant no RFC defines");

    static Stream<Arguments> families() {
        return Stream.of(
                IdFamilies.FAMILIES.stream().map(family -> Arguments.of(family, CANONICAL.contains(family.title()) ? DocumentedResponse.R5
                        : DocumentedResponse.R3)),
                KeyFamilies.FAMILIES.stream().map(family -> Arguments.of(family, DocumentedResponse.R4)),
                MethodFamilies.FAMILIES.stream().map(family -> Arguments.of(family, DocumentedResponse.R2)),
                PathFamilies.FAMILIES.stream().map(family -> Arguments.of(family, DocumentedResponse.R2)),
                KeyPlacements.FAMILIES.stream().map(family -> Arguments.of(family, DocumentedResponse.R4)),
                SameRequests.FAMILIES.stream().map(family -> Arguments.of(family, DocumentedResponse.R1))).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("families")
    void everyRequestOfAFamilyGetsWhatItsFeatureSays(RequestFamily family, DocumentedResponse claimed) {
        List<FamilyInput> inputs = family.inputs(SEEDS);

        assertThat(inputs).as("the requests of %s", family.title()).isNotEmpty()
                .extracting(input -> input.request().toString()).doesNotHaveDuplicates();
        assertThat(inputs).allSatisfy(input -> assertThat(PRECEDENCE.expectedFor(input.request()).allows(claimed))
                .as("%s (%s) gets %s: the precedence gives %s", input.shown(), family.title(), claimed,
                        PRECEDENCE.expectedFor(input.request())).isTrue());
        assertThat(family.standsFor()).as("what %s stands for", family.title()).isNotBlank();
    }
}
