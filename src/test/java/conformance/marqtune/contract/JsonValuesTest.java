package conformance.marqtune.contract;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.validation.SchemaValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The suite's rules and its schemas read a JSON value alike, whatever notation wrote it. */
class JsonValuesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaValidator SCHEMAS = new SchemaValidator(SuiteRun.SCHEMAS, true);

    @Test
    void aNumberIsItsValueWhateverItsNotation() {
        for (String statusCode : new String[] {"400", "400.0", "4e2", "4.00E+2", "400.000"}) {
            JsonNode body = JSON.readTree("{\"statusCode\":" + statusCode + ",\"body\":{\"message\":\"Invalid model id\"}}");

            assertThat(JsonValues.isInteger(body.get("statusCode"), 400)).as(statusCode).isTrue();
            assertThat(SCHEMAS.validate("service-error", body).passed()).as("the schema on statusCode %s", statusCode).isTrue();
        }
        JsonNode fraction = JSON.readTree("{\"statusCode\":400.5,\"body\":{\"message\":\"Invalid model id\"}}");
        assertThat(JsonValues.isInteger(fraction.get("statusCode"), 400)).isFalse();
        assertThat(SCHEMAS.validate("service-error", fraction).passed()).isFalse();
        assertThat(JsonValues.isInteger(JSON.readTree("\"400\""), 400)).as("a string is no number").isFalse();
    }

    @Test
    void membersInAnyOrderAndStringsHoweverEscapedAreTheSameValue() {
        assertThat(JsonValues.same(JSON.readTree("{\"a\":1,\"b\":[1,2.0]}"), JSON.readTree("{\"b\":[1.0,2],\"\\u0061\":1e0}"))).isTrue();
        assertThat(JsonValues.same(JSON.readTree("{\"a\":\"x/y\"}"), JSON.readTree("{\"a\":\"x\\/y\"}"))).isTrue();
        assertThat(JsonValues.same(JSON.readTree("[1,2]"), JSON.readTree("[2,1]"))).as("an array keeps its order").isFalse();
        assertThat(JsonValues.same(JSON.readTree("{\"a\":1}"), JSON.readTree("{\"a\":\"1\"}"))).isFalse();
    }
}
