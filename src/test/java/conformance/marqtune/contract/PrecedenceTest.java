package conformance.marqtune.contract;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.configuration.Secret;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import conformance.marqtune.request.QueryParameter;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract's precedence, case by case: what each request must get, before anything is sent. */
class PrecedenceTest {

    private static final String KEY = "precedence-test-key";
    private static final String FOREIGN = "foreign-account-key";
    private static final String MODEL = "3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01";
    private static final String FAILING = "5e0c9b1a-2d3f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String OTHER = "0b9d6f1e-8a2c-4c3b-9e7d-5f4a3b2c1d00";
    private static final Precedence PRECEDENCE = new Precedence(new Secret(KEY), Optional.of(new Secret(FOREIGN)), () -> MODEL,
            Optional.of(FAILING), CanonicalUuid::matches);

    static Stream<Arguments> requests() {
        ApiRequest model = keyed(ApiRequest.getModel(MODEL, "test"), KEY);
        return Stream.of(
                // the key first, whatever else is wrong
                Arguments.of(ApiRequest.getModel(MODEL, "no key"), "R4"),
                Arguments.of(keyed(ApiRequest.getModel("not-a-uuid", "test"), "wrong").withMethod("POST"), "R4"),
                Arguments.of(ApiRequest.getModel(MODEL, "t").withField(HeaderField.plain("Authorization", "Bearer " + KEY)), "R4"),
                Arguments.of(ApiRequest.getModel(MODEL, "t").withQueryParameter(QueryParameter.plain("x-api-key", KEY)), "R4"),
                Arguments.of(model.withField(HeaderField.plain("x-api-key", KEY)), "R4"),
                Arguments.of(keyed(ApiRequest.getModel(MODEL, "t"), KEY + ", " + KEY), "R4"),
                Arguments.of(keyed(ApiRequest.getModel(MODEL, "t"), ""), "R4"),
                // then exactly GET on exactly the route
                Arguments.of(model.withMethod("get"), "R2"),
                Arguments.of(model.withMethod("HEAD"), "R2"),
                Arguments.of(model.withRoute("/models/" + MODEL + "/"), "R2"),
                Arguments.of(model.withRoute("//models/" + MODEL), "R2"),
                Arguments.of(model.withRoute("/models/./" + MODEL), "R2"),
                Arguments.of(model.withRoute("/Models/" + MODEL), "R2"),
                Arguments.of(model.withRoute("/models%2F" + MODEL), "R2"),
                Arguments.of(model.withRoute("/m%256Fdels/" + MODEL), "R2"),
                Arguments.of(model.withRoute("/models/%2E%2E/models/" + MODEL), "R2"),
                // then a canonical UUID
                Arguments.of(model.withRoute("/models/"), "R3"),
                Arguments.of(model.withRoute("/models/%7B" + MODEL + "%7D"), "R3"),
                Arguments.of(model.withRoute("/models/" + MODEL.replace("-", "%252D")), "R3"),
                Arguments.of(model.withRoute("/models/" + MODEL + ";v=1"), "R3"),
                Arguments.of(model.withRoute("/models/.."), "R3 or R2"),
                // then the model, or none
                Arguments.of(model, "R1 " + MODEL),
                Arguments.of(model.withRoute("/models/" + MODEL.toUpperCase()), "R1 " + MODEL.toUpperCase()),
                Arguments.of(model.inAbsoluteForm(), "R1 " + MODEL),
                Arguments.of(model.withQueryParameter(QueryParameter.plain("unused", "1")), "R1 " + MODEL),
                Arguments.of(ApiRequest.getModel(MODEL, "t").withField(new HeaderField("X-API-KEY", " \t" + KEY + " ", "")), "R1 " + MODEL),
                Arguments.of(model.withRoute("/models/" + MODEL.replaceFirst("-", "%2d")), "R3 or R1 " + MODEL),
                Arguments.of(model.withRoute("/m%6Fdels/" + MODEL), "R2 or R1 " + MODEL),
                Arguments.of(model.withRoute("/models/" + OTHER), "R5 or R1 " + OTHER),
                Arguments.of(keyed(ApiRequest.getModel(MODEL, "t"), FOREIGN), "R5"),
                Arguments.of(model.forFreshId(OTHER), "R5"),
                Arguments.of(model.withMethod("POST").forFreshId(OTHER), "R2"),
                Arguments.of(model.withRoute("/models/" + FAILING), "R6"));
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @MethodSource("requests")
    void eachRequestGetsWhatTheContractSays(ApiRequest request, String expected) {
        assertThat(shortly(PRECEDENCE.expectedFor(request))).isEqualTo(expected);
    }

    @Test
    void theListingIsNotGetModelsToDecide() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PRECEDENCE.expectedFor(keyed(ApiRequest.get("/models", "t"), KEY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentEncodingIsDecodedOnceAndOnlyForUnreservedCharacters() {
        assertThat(Precedence.decodedOnce("/m%6Fdels/a%2Db%2fc%252D%7B")).isEqualTo("/models/a-b%2fc%252D%7B");
    }

    private static ApiRequest keyed(ApiRequest request, String key) {
        return request.withField(new HeaderField("x-api-key", key, "$MARQTUNE_API_KEY"));
    }

    /** {@code R5 or R1 <id>}: the answers' responses, and the model an R1 must carry. */
    private static String shortly(Expected expected) {
        return String.join(" or ", expected.answers().stream()
                .map(answer -> answer.response().name() + answer.modelId().map(id -> " " + id).orElse("")).toList());
    }

}
