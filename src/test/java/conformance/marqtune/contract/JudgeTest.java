package conformance.marqtune.contract;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.client.ApiResponse;
import conformance.marqtune.client.Exchange;
import conformance.marqtune.configuration.Secret;
import conformance.marqtune.configuration.SecretMask;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.run.SuiteRun;
import conformance.marqtune.validation.SchemaValidator;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * One judge, one set of rules: what a scenario's step checks and what a generated request is judged by are the
 * same, so a response is R3 to both or to neither.
 */
class JudgeTest {

    private static final Judge JUDGE = new Judge(new SchemaValidator(SuiteRun.SCHEMAS, true));
    private static final String R3_BODY = "{\"statusCode\":400,\"body\":{\"message\":\"Invalid model id\"}}";

    @Test
    void aResponseIsTheDocumentedOneByEveryRuleOfItOrNot() {
        assertThat(JUDGE.documentedResponseOf(response(400, "application/json", R3_BODY))).contains(DocumentedResponse.R3);
        assertThat(JUDGE.documentedResponseOf(response(400, "application/json; charset=utf-8", R3_BODY))).contains(DocumentedResponse.R3);
        assertThat(JUDGE.documentedResponseOf(response(400, "Application/JSON; Charset=\"UTF-8\"", R3_BODY))).contains(DocumentedResponse.R3);
        assertThat(JUDGE.documentedResponseOf(response(400, "application/json; charset=utf-16", R3_BODY)))
                .as("labelled as another charset: no documented response, to the scenario's step and to a family alike").isEmpty();
        assertThat(JUDGE.documentedResponseOf(response(400, "application/json",
                "{\"statusCode\":400,\"body\":{\"message\":\"Invalid model id\",\"hint\":\"x\"}}"))).as("a schema broken").isEmpty();
    }

    @Test
    void aStepThatNamesTheResponseAndTheJudgeOfAGeneratedRequestAgree() {
        ApiResponse utf16 = response(400, "application/json; charset=utf-16", R3_BODY);

        assertThat(Judge.documentedRulesBroken(utf16, Answer.of(DocumentedResponse.R3), false)).extracting(rule -> rule.rule())
                .containsExactly("every response is JSON: Content-Type is application/json, with or without a charset");
        assertThat(JUDGE.mismatch(utf16, Expected.only(DocumentedResponse.R3, "a test"), false)).hasValueSatisfying(mismatch ->
                assertThat(mismatch.rules()).extracting(rule -> rule.rule())
                        .containsExactly("every response is JSON: Content-Type is application/json, with or without a charset"));
    }

    @Test
    void ofSeveralAllowedAnswersAnyOneIsEnoughAndTheNearestIsReported() {
        Expected either = new Expected(java.util.List.of(Answer.of(DocumentedResponse.R5), Answer.model("3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01")),
                "a test");
        assertThat(JUDGE.mismatch(response(404, "application/json", "{\"statusCode\":404,\"body\":{\"message\":\"model not found\"}}"),
                either, false)).isEmpty();
        assertThat(JUDGE.mismatch(response(404, "application/json", "{\"statusCode\":404,\"body\":{\"message\":\"Model not found\"}}"),
                either, false)).hasValueSatisfying(mismatch -> {
                    assertThat(mismatch.actual()).startsWith("no documented response (HTTP 404");
                    assertThat(mismatch.rules()).extracting(rule -> rule.rule()).containsExactly(
                            "body.message is exactly \"model not found\" (case and punctuation included)");
                });
    }

    @Test
    void aResponseToHeadIsJudgedByItsStatusAndMediaTypeAlone() {
        ApiResponse head = response(400, "application/json", "");

        assertThat(JUDGE.mismatch(head, Expected.only(DocumentedResponse.R2, "a test"), true)).isEmpty();
        assertThat(JUDGE.mismatch(response(200, "application/json", ""), Expected.only(DocumentedResponse.R2, "a test"), true))
                .isPresent();
        assertThat(JUDGE.mismatch(response(400, "text/html", ""), Expected.only(DocumentedResponse.R2, "a test"), true)).isPresent();
    }

    @Test
    void aProxysOwnPageIsSaidToBeOneAndStaysAFailure() {
        ApiResponse nginx = response(400, Map.of("Content-Type", "text/html", "Server", "nginx/1.22.1"),
                "<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body><center><h1>400 Bad Request</h1></center><hr><center>nginx/1.22.1</center>");
        ApiResponse haproxy = response(400, Map.of("Content-Type", "text/html", "Cache-Control", "no-cache"),
                "<html><body><h1>400 Bad request</h1>\nYour browser sent an invalid request.\n</body></html>\n");

        assertThat(JUDGE.mismatch(nginx, Expected.only(DocumentedResponse.R3, "a test"), false)).hasValueSatisfying(mismatch -> {
            assertThat(mismatch.actual()).isEqualTo("answered by something in front of the service: HTTP 400 text/html, "
                    + "Server: nginx/1.22.1, its page: \"400 Bad Request\"");
            assertThat(mismatch.rules().get(0).rule()).isEqualTo(ResponseRules.ANSWERED_IN_FRONT);
        });
        assertThat(ResponseRules.answeredInFront(haproxy)).hasValueSatisfying(rule ->
                assertThat(rule.actual()).isEqualTo("answered by something in front of the service: HTTP 400 text/html, its page: \"400 Bad request\""));
        assertThat(ResponseRules.answeredInFront(response(401, "text/html", "{\"message\":\"Unauthorized.\"}")))
                .as("the service's JSON under the wrong label is the service's").isEmpty();
        assertThat(ResponseRules.answeredInFront(response(500, "text/plain", "java.lang.NullPointerException\n\tat models.Get")))
                .as("a stack trace with nothing naming a proxy").isEmpty();
        assertThat(ResponseRules.answeredInFront(response(502, Map.of("Content-Type", "text/plain", "Via", "1.1 varnish"), "Bad Gateway")))
                .isPresent();
    }

    private static ApiResponse response(int status, String contentType, String body) {
        return response(status, Map.of("Content-Type", contentType), body);
    }

    private static ApiResponse response(int status, Map<String, String> headers, String body) {
        Exchange exchange = new Exchange(ApiRequest.getModel("x", "a test"), "http://127.0.0.1:1");
        return new ApiResponse(exchange, status, headers, body, new SecretMask(new Secret("judge-test-key")));
    }

}
