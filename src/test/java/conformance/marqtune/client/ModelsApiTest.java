package conformance.marqtune.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import conformance.marqtune.configuration.SuiteConfiguration;
import conformance.marqtune.contract.ResponseAssert;
import conformance.marqtune.report.InMemoryAllure;
import conformance.marqtune.simulator.Deviation;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import conformance.marqtune.request.QueryParameter;
import conformance.marqtune.request.Routes;
import conformance.marqtune.simulator.SeededModels;
import conformance.marqtune.simulator.SimulatorServer;
import conformance.marqtune.simulator.SimulatorSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The client against the simulator: what it sends, what it refuses to send, and that the key never shows. */
@ResourceLock("io.qameta.allure.Allure")
@ResourceLock(Resources.SYSTEM_OUT)
class ModelsApiTest {

    private static final String KEY = "Canary-Key-7f3a9c2e41d8b6";
    private final SimulatorServer simulator = SimulatorServer.start(SimulatorSettings.withRandomKeys().withApiKey(KEY));
    private final ModelsApi api = new ModelsApi(SuiteConfiguration.from(
            properties("marqtune.baseUrl", simulator.baseUrl().toString(), "marqtune.apiKey", KEY,
                    "marqtune.foreignApiKey", simulator.settings().foreignApiKey()),
            Map.of(), Path.of("environments")));

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void itFetchesAModelWithTheConfiguredKey() {
        ApiResponse response = api.getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).contains("application/json");
        assertThat(response.json().orElseThrow().path("body").path("modelId").asString()).isEqualTo(SeededModels.READY_MODEL_ID);
    }

    @Test
    void anotherAccountsKeyIsValidButFindsNoneOfThisAccountsModels() {
        assertThat(api.getModel(SeededModels.READY_MODEL_ID, KeyKind.FOREIGN).status()).isEqualTo(404);
        assertThat(api.getModel(SeededModels.FOREIGN_MODEL_ID, KeyKind.FOREIGN).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = KeyKind.class, names = {"VALID", "FOREIGN"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherCredentialIsRefusedByTheSimulator(KeyKind keyKind) {
        assertThat(api.getModel(SeededModels.READY_MODEL_ID, keyKind).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(KeyKind.class)
    void theReproductionLineNeverCarriesTheKey(KeyKind keyKind) {
        ApiResponse response = api.getModel(SeededModels.READY_MODEL_ID, keyKind);

        assertThat(response.exchange().curl()).doesNotContain(KEY).doesNotContainIgnoringCase(KEY);
        assertThat(response.exchange().toString()).doesNotContainIgnoringCase(KEY);
        assertThat(response.summary()).doesNotContainIgnoringCase(KEY);
    }

    @Test
    void aKeyEchoedByTheServerIsMaskedInEverythingTheResponseSays() {
        try (SimulatorServer echoing = SimulatorServer.start(SimulatorSettings.withRandomKeys().withApiKey(KEY)
                .withDeviation(Deviation.ANY_ECHOES_KEY))) {
            ModelsApi echoed = new ModelsApi(SuiteConfiguration.from(
                    properties("marqtune.baseUrl", echoing.baseUrl().toString(), "marqtune.apiKey", KEY),
                    Map.of(), Path.of("environments")));

            ApiResponse response = echoed.getModel("not-a-uuid", KeyKind.VALID);

            assertThat(response.body()).contains(KEY);
            assertThat(response.summary()).doesNotContain(KEY).contains("[masked]");
            assertThatThrownBy(() -> ResponseAssert.assertThatResponse(response, "R3").hasStatus(200))
                    .message().doesNotContainIgnoringCase(KEY).contains("[masked]");
        }
    }

    @Test
    void theValidKeyIsShownAsTheEnvironmentVariableToSet() {
        assertThat(api.getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID).exchange().curl())
                .endsWith("-H \"x-api-key: $MARQTUNE_API_KEY\"");
        assertThat(api.getModel(SeededModels.READY_MODEL_ID, KeyKind.MISSING).exchange().curl())
                .doesNotContain("x-api-key");
    }

    @Test
    void theCaseChangedKeyDiffersFromTheKeyInOneLettersCaseOnly() {
        String changed = ShellKey.caseFlippedAt(KEY, KeyKind.firstLetter(KEY));

        assertThat(changed).isNotEqualTo(KEY).isEqualToIgnoringCase(KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH"})
    void otherMethodsGoOnlyToAFreshRandomIdThatNamesNoModel(String method) {
        ApiResponse first = api.probeMethod(method, KeyKind.VALID);
        ApiResponse second = api.probeMethod(method, KeyKind.VALID);

        assertThat(first.status()).isEqualTo(400);
        assertThat(first.exchange().request().route()).startsWith("/models/").isNotEqualTo(second.exchange().request().route());
        assertThat(first.exchange().request().route()).doesNotContain(SeededModels.READY_MODEL_ID);
    }

    @Test
    void deleteIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> api.probeMethod("DELETE", KeyKind.VALID))
                .isInstanceOf(ReadOnlyGuard.UnsafeRequestException.class)
                .hasMessageContaining("DELETE is never sent");
        assertThat(simulator.unsafeRequests()).isEmpty();
    }

    @Test
    void deleteInAnySpellingOrOverrideIsRefusedSoThatNoServerCanReadADelete() {
        assertThatThrownBy(() -> api.probeMethod("delete", KeyKind.VALID))
                .isInstanceOf(ReadOnlyGuard.UnsafeRequestException.class);
        ApiRequest overridden = ApiRequest.get(Routes.MODELS, "a test").withMethod("POST").forFreshId(UUID.randomUUID().toString())
                .withField(HeaderField.plain("X-HTTP-Method-Override", "DELETE"));
        assertThatThrownBy(() -> api.send(overridden, ModelsApi.Attaching.EVERY_ANSWER))
                .isInstanceOf(ReadOnlyGuard.UnsafeRequestException.class);
        ApiRequest asked = ApiRequest.get(Routes.MODELS, "a test").withMethod("POST").forFreshId(UUID.randomUUID().toString())
                .withQueryParameter(QueryParameter.plain("_method", "Delete"));
        assertThatThrownBy(() -> api.send(asked, ModelsApi.Attaching.EVERY_ANSWER))
                .isInstanceOf(ReadOnlyGuard.UnsafeRequestException.class);
        assertThat(simulator.unsafeRequests()).isEmpty();
    }

    @Test
    void theGuardRefusesAnyOtherMethodToAnyIdItDidNotJustGenerate() {
        String fresh = UUID.randomUUID().toString();
        ApiRequest toTheModel = ApiRequest.getModel(SeededModels.READY_MODEL_ID, "a test");
        assertThatThrownBy(() -> ReadOnlyGuard.check(toTheModel.withMethod("POST")))
                .isInstanceOf(ReadOnlyGuard.UnsafeRequestException.class)
                .hasMessageContaining("freshly generated random model id");
        assertThatThrownBy(() -> ReadOnlyGuard.check(toTheModel.withMethod("HEAD")))
                .isInstanceOf(ReadOnlyGuard.UnsafeRequestException.class);
        assertThatThrownBy(() -> ReadOnlyGuard.check(toTheModel.withField(HeaderField.plain("X-HTTP-Method", "PUT"))))
                .isInstanceOf(ReadOnlyGuard.UnsafeRequestException.class);
        assertThatThrownBy(() -> ReadOnlyGuard.check(toTheModel.withMethod("PATCH").forFreshId(fresh).withRoute("/models/" + fresh + "/")))
                .as("a fresh id's path rewritten is no longer the fresh id").isInstanceOf(ReadOnlyGuard.UnsafeRequestException.class);
        ReadOnlyGuard.check(toTheModel);
        ReadOnlyGuard.check(toTheModel.withRoute("//models/" + SeededModels.READY_MODEL_ID));
        ReadOnlyGuard.check(toTheModel.withMethod("PATCH").forFreshId(fresh));
        ReadOnlyGuard.check(toTheModel.withMethod("get").forFreshId(fresh));
    }

    @Test
    void idsAreSentAsWrittenWithOnlyWhatAPathCannotCarryEscaped() {
        assertThat(Routes.segment("{0f8fad5b}")).isEqualTo("%7B0f8fad5b%7D");
        assertThat(Routes.segment("a%2Fb")).isEqualTo("a%2Fb");
        assertThat(Routes.segment("..")).isEqualTo("..");
        assertThat(Routes.segment("it's \"x\"")).isEqualTo("it%27s%20%22x%22");
        assertThat(Routes.segment("modèle")).isEqualTo("mod%C3%A8le");
    }

    @Test
    void theAllureAttachmentsAndLogsOfAnExchangeNeverCarryTheKey() {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Map<String, String> attachments;
        try {
            attachments = InMemoryAllure.run(() -> {
                api.getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID);
                api.getModel(SeededModels.READY_MODEL_ID, KeyKind.CASE_CHANGED);
            }).attachments();
        } finally {
            System.setOut(console);
        }

        assertThat(attachments).hasSizeGreaterThanOrEqualTo(6);
        assertThat(attachments.values()).anySatisfy(text -> assertThat(text).contains("$MARQTUNE_API_KEY"));
        assertThat(attachments.values()).anySatisfy(text -> assertThat(text).contains("x-api-key"));
        assertThat(attachments.values()).allSatisfy(text -> assertThat(text).doesNotContainIgnoringCase(KEY));
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContainIgnoringCase(KEY);
    }

    /** A curl line pasted with MARQTUNE_API_KEY set must send the key: one per exchange, the key in double quotes. */
    @Test
    void eachExchangeCarriesExactlyOneCurlLineThatWorksWhenPasted() {
        Map<String, String> attachments = InMemoryAllure.run(() -> api.getModel(SeededModels.READY_MODEL_ID, KeyKind.VALID))
                .attachments();

        String all = String.join("\n", attachments.values());
        assertThat(all.split("curl ", -1)).as("curl lines in the exchange's attachments").hasSize(2);
        assertThat(all).contains("-H \"x-api-key: $MARQTUNE_API_KEY\"").doesNotContain("'x-api-key: $MARQTUNE_API_KEY'");
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
