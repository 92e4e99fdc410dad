package conformance.marqtune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deviations act through the narrow seam alone: a fault, the request, the correct reply and a read-only view. */
class ReplyRewritesTest {

    private static final String ID = SeededModels.READY_MODEL_ID;

    /** A view of the service that records what a fault asked the contract. */
    private static final class RecordingAccounts implements Accounts {
        final List<SimulatorRequest> asked = new ArrayList<>();

        @Override
        public SimulatorReply correctReply(SimulatorRequest request) {
            asked.add(request);
            return Replies.notFound();
        }

        @Override
        public String validKey() {
            return "valid-key";
        }

        @Override
        public List<SimulatedModel> modelsOf(String apiKey) {
            return List.of();
        }

        @Override
        public Optional<SimulatedModel> findInAnyAccount(String modelId) {
            return Optional.empty();
        }
    }

    private final RecordingAccounts accounts = new RecordingAccounts();

    @Test
    void aFaultOnOneKindLeavesTheOtherRepliesAsTheyAre() {
        SimulatorReply unauthorised = Replies.unauthorized();
        ReplyRewrite fault = ReplyRewrites.on(Kind.NOT_FOUND, ReplyRewrites.answer(Replies::internalServerError));

        assertThat(fault.apply(get("/models/" + ID, Optional.empty()), unauthorised, accounts)).isSameAs(unauthorised);
        assertThat(fault.apply(get("/models/" + ID, Optional.of("k")), Replies.notFound(), accounts).status()).isEqualTo(500);
    }

    @Test
    void aFaultReadsTheParsedModelId() {
        ReplyRewrite braces = ReplyRewrites.onId(Kind.INVALID_MODEL_ID, id -> id.startsWith("{"), ReplyRewrites.answer(Replies::notFound));

        assertThat(braces.apply(get("/models/%7B" + ID + "%7D", Optional.of("k")), Replies.invalidModelId(), accounts).status())
                .isEqualTo(404);
        assertThat(braces.apply(get("/models/x", Optional.of("k")), Replies.invalidModelId(), accounts).status())
                .isEqualTo(400);
    }

    @Test
    void aDeviationAsksTheContractThroughTheViewOnly() {
        Deviation.R4_MISSING_KEY_IGNORED.apply(get("/models/" + ID, Optional.empty()), Replies.unauthorized(), accounts);
        Deviation.R3_MATRIX_PARAMETER_STRIPPED.apply(get("/models/" + ID + ";drop", Optional.of("k")),
                Replies.invalidModelId(), accounts);

        assertThat(accounts.asked).hasSize(2);
        assertThat(accounts.asked.get(0).apiKey()).contains("valid-key");
        assertThat(accounts.asked.get(1).route().modelId()).isEqualTo(ID);
    }

    @Test
    void modelEditsReachTheDetailAndEveryElementOfTheListing() {
        ReplyRewrite renamed = ReplyRewrites.everywhere(model -> model.put("modelName", "x"));
        List<SimulatedModel> models = SeededModels.primaryAccount(Replies.MAPPER, 0);

        SimulatorReply detail = renamed.apply(get("/models/" + ID, Optional.of("k")), Replies.model(models.get(0)), accounts);
        SimulatorReply listing = renamed.apply(get("/models", Optional.of("k")), Replies.listing(models), accounts);

        assertThat(Replies.bodyOf(detail).path("body").path("modelName").asString()).isEqualTo("x");
        Replies.bodyOf(listing).path("body").path("models")
                .forEach(model -> assertThat(model.path("modelName").asString()).isEqualTo("x"));
    }

    @Test
    void theCatalogueNamesEveryDeviationOnce() {
        assertThat(Deviation.catalogue().lines()).hasSize(Deviation.values().length);
        Arrays.stream(Deviation.values()).forEach(deviation ->
                assertThat(Deviation.byCliName(deviation.cliName())).contains(deviation));
    }

    private static SimulatorRequest get(String path, Optional<String> key) {
        return SimulatorRequest.of("GET", path, key);
    }
}
