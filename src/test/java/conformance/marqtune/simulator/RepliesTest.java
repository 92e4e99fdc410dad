package conformance.marqtune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two shapes of the contract's replies, the service's envelope and the gateway's bare message. */
class RepliesTest {

    @Test
    void theServicesErrorsAreEnveloped() {
        SimulatorReply reply = Replies.notFound();

        assertThat(reply.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).contains("application/json");
        assertThat(reply.bodyText()).isEqualTo("{\"statusCode\":404,\"body\":{\"message\":\"model not found\"}}");
        assertThat(Replies.invalidMethod().bodyText())
                .isEqualTo("{\"statusCode\":400,\"body\":{\"message\":\"Invalid request method\"}}");
        assertThat(Replies.invalidModelId().bodyText())
                .isEqualTo("{\"statusCode\":400,\"body\":{\"message\":\"Invalid model id\"}}");
    }

    @Test
    void theGatewaysErrorsAreBareMessages() {
        assertThat(Replies.unauthorized().status()).isEqualTo(401);
        assertThat(Replies.unauthorized().bodyText()).isEqualTo("{\"message\":\"Unauthorized.\"}");
        assertThat(Replies.internalServerError().status()).isEqualTo(500);
        assertThat(Replies.internalServerError().bodyText()).isEqualTo("{\"message\":\"Internal server error.\"}");
    }

    @Test
    void aThrottledReplyTellsWhenToRetry() {
        SimulatorReply reply = Replies.tooManyRequests(1);

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.headers()).containsEntry("Retry-After", "1");
        assertThat(Replies.tooManyRequests(0).headers()).containsEntry("Retry-After", "0");
        assertThat(reply.bodyText()).isEqualTo("{\"message\":\"Too Many Requests\"}");
    }

    @Test
    void theListingEnvelopesTheModelsInOrder() {
        List<SimulatedModel> models = SeededModels.primaryAccount(Replies.MAPPER, 0);

        SimulatorReply reply = Replies.listing(models);

        assertThat(reply.kind()).isEqualTo(Kind.MODEL_LIST);
        assertThat(reply.bodyText()).startsWith("{\"statusCode\":200,\"body\":{\"models\":[{\"modelId\":\""
                + SeededModels.READY_MODEL_ID + "\"");
        assertThat(Replies.bodyOf(reply).path("body").path("models").size()).isEqualTo(models.size());
    }

    @Test
    void aReplyReadBackAndWrittenAgainIsTheSameBytes() {
        SimulatorReply model = Replies.model(SeededModels.primaryAccount(Replies.MAPPER, 0).get(0));

        SimulatorReply rewritten = Replies.withBody(model, Replies.bodyOf(model));

        assertThat(rewritten.body()).isEqualTo(model.body());
        assertThat(rewritten.declaredLength()).isEqualTo(model.body().length);
        assertThat(rewritten.kind()).isEqualTo(Kind.MODEL);
    }
}
