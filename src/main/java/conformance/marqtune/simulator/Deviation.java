package conformance.marqtune.simulator;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue of realistic server bugs, each one line of behaviour away from the contract. The
 * simulator carries at most one; the self-check proves that the suite fails on every one of them.
 * A name starts with the documented response it breaks ({@code r1} to {@code r6}), or {@code any}.
 */
public enum Deviation {

    // R1: the model, 200
    R1_MISSING_MODEL_NAME("drops the required modelName from the model",
            everywhere(json -> json.remove("modelName"))),
    R1_EMPTY_MODEL_NAME("returns an empty modelName",
            everywhere(json -> json.put("modelName", ""))),
    R1_OTHER_MODELS_ID("returns the right model under another model's id",
            model(json -> json.put("modelId", "0b9d6f1e-8a2c-4c3b-9e7d-5f4a3b2c1d00"))),
    R1_UNKNOWN_INSTANCE_TYPE("reports an instanceType the page does not list, marqtune.large",
            everywhere(json -> json.put("instanceType", "marqtune.large"))),
    R1_FAILED_WITHOUT_REASON("reports every model as failed but gives no failureReason",
            everywhere(json -> {
                json.put("status", "Failed");
                json.remove("failureReason");
            })),
    R1_REASON_WITHOUT_FAILURE("adds a failureReason to models that did not fail",
            everywhere(json -> {
                if (!json.path("status").asString("").equalsIgnoreCase("failed")) {
                    json.put("failureReason", "none");
                }
            })),
    R1_UNDOCUMENTED_FIELD("leaks an undocumented ownerEmail field in the model",
            everywhere(json -> json.put("ownerEmail", "owner@example.com"))),
    R1_CHECKPOINTS_AS_TEXT("returns checkpoints as one comma-separated string, not an array",
            everywhere(json -> json.put("checkpoints", "epoch_1,epoch_2"))),
    R1_HYPERPARAMETERS_AS_TEXT("returns hyperparameters as the page's placeholder text, not an object",
            everywhere(json -> json.put("hyperparameters", "Training task parameters"))),
    R1_NULL_BASE_CHECKPOINT("sends baseCheckpoint as null instead of leaving it out",
            everywhere(json -> json.putNull("baseCheckpoint"))),
    R1_NEGATIVE_TRAINING_TIME("reports maxTrainingTime as -1",
            everywhere(json -> json.put("maxTrainingTime", -1))),
    R1_DEEP_RECORD_BROKEN("returns the model in training, deep in the list, with an instanceType the page does not list",
            everywhere(model -> {
                if (model.path("modelId").asString("").equals(SeededModels.TRAINING_MODEL_ID)) {
                    model.put("instanceType", "marqtune.gpu");
                }
            })),
    R1_FAILED_MODEL_LOSES_REASON("returns the failed model without its failureReason, in its detail only, as a migration that dropped a column would",
            model(model -> {
                if (model.path("status").asString("").equalsIgnoreCase("failed")) {
                    model.remove("failureReason");
                }
            })),
    R1_LIST_AND_DETAIL_DISAGREE("lists the failed model under an old name that its detail no longer has",
            listing(model -> {
                if (model.path("modelId").asString("").equals(SeededModels.FAILED_MODEL_ID)) {
                    model.put("modelName", "catalogue-clip-old");
                }
            })),
    R1_LIST_ELEMENT_MISSES_FIELD("leaves checkpoints out of every element of the listing, though the detail has them",
            listing(model -> model.remove("checkpoints"))),
    R1_BARE_MODEL("returns the model without the statusCode/body envelope",
            on(Kind.MODEL, (request, reply, service) ->
                    reply.withBody(service.mapper().writeValueAsBytes(json(reply, service).get("body"))))),
    R1_STATUS_CODE_201("puts statusCode 201 in the envelope of a 200",
            envelopeStatusCode(Kind.MODEL, 201)),
    R1_TEXT_PLAIN("labels the model text/plain",
            on(Kind.MODEL, (request, reply, service) -> reply.withContentType(Optional.of("text/plain")))),
    R1_SLOW("takes 800 ms to return a model, more than a tight latency budget allows",
            on(Kind.MODEL, (request, reply, service) -> {
                pause(Duration.ofMillis(800));
                return reply;
            })),
    R1_CUT_SHORT("cuts the model's JSON short, as a proxy that drops the end of the body would",
            on(Kind.MODEL, (request, reply, service) ->
                    reply.withBody(Arrays.copyOf(reply.body(), reply.body().length / 2)))),
    R1_BODY_SHORTER_THAN_ITS_LENGTH("announces the model's full Content-Length but closes the connection halfway through the body",
            on(Kind.MODEL, (request, reply, service) -> reply.withDeclaredLength(reply.body().length * 2))),

    // R2: invalid request method, 400
    R2_POST_ACCEPTED("answers POST as if it were GET",
            asIfGet("POST")),
    R2_PATCH_ACCEPTED("answers PATCH as if it were GET, while refusing POST and PUT",
            asIfGet("PATCH")),
    R2_STATUS_405("answers an invalid method with 405, in HTTP and in statusCode",
            on(Kind.INVALID_METHOD, (request, reply, service) ->
                    service.serviceError(Kind.INVALID_METHOD, 405, "Invalid request method"))),
    R2_MESSAGE_LOWER_CASE("says \"invalid request method\" in lower case",
            serviceMessage(Kind.INVALID_METHOD, "invalid request method")),
    R2_GATEWAY_SHAPE("answers an invalid method in the gateway's bare {message} shape",
            bareMessage(Kind.INVALID_METHOD)),
    R2_STATUS_CODE_MISMATCH("puts statusCode 405 in the envelope of an HTTP 400",
            envelopeStatusCode(Kind.INVALID_METHOD, 405)),
    R2_UNKNOWN_PATH_404("answers a path that is not a route with a 404 page instead of the documented 400",
            (request, reply, service) -> reply.kind() == Kind.INVALID_METHOD && "GET".equals(request.method())
                    ? service.gatewayError(Kind.INVALID_METHOD, 404, "Not Found")
                    : reply),

    R2_CRASH_ON_ENCODED_SLASH("crashes with a 500 on an id holding an encoded slash, as a path-traversal guard that throws would",
            (request, reply, service) -> request.rawPath().toUpperCase(Locale.ROOT).contains("%2F")
                    ? service.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.")
                    : reply),

    // R3: invalid model id, 400
    R3_VALIDATION_SKIPPED("skips the UUID check and looks every id up, answering 404",
            on(Kind.INVALID_MODEL_ID, (request, reply, service) ->
                    service.serviceError(Kind.NOT_FOUND, 404, "model not found"))),
    R3_UNANCHORED_PATTERN("accepts any id that contains a UUID, such as one with a character too many",
            (request, reply, service) -> reply.kind() == Kind.INVALID_MODEL_ID
                    && lastSegment(request).matches(".*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}.*")
                    && !lastSegment(request).contains("{")
                    ? service.serviceError(Kind.NOT_FOUND, 404, "model not found")
                    : reply),
    R3_BRACES_ACCEPTED("accepts a UUID wrapped in braces, as Windows tools write them",
            (request, reply, service) -> reply.kind() == Kind.INVALID_MODEL_ID && lastSegment(request).startsWith("{")
                    ? service.serviceError(Kind.NOT_FOUND, 404, "model not found")
                    : reply),
    R3_DIGITS_ACCEPTED("treats an id of digits only as a legacy numeric id and answers 404",
            (request, reply, service) -> reply.kind() == Kind.INVALID_MODEL_ID && lastSegment(request).matches("[0-9]+")
                    ? service.serviceError(Kind.NOT_FOUND, 404, "model not found")
                    : reply),
    R3_CRASH_ON_NON_HEX("crashes with a 500 on an id with letters that are not hex digits",
            (request, reply, service) -> reply.kind() == Kind.INVALID_MODEL_ID && lastSegment(request).matches(".*[g-zG-Z].*")
                    ? service.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.")
                    : reply),
    R3_MESSAGE_PERIOD("adds a full stop: \"Invalid model id.\"",
            serviceMessage(Kind.INVALID_MODEL_ID, "Invalid model id.")),
    R3_STATUS_422("answers an invalid id with 422, in HTTP and in statusCode",
            on(Kind.INVALID_MODEL_ID, (request, reply, service) ->
                    service.serviceError(Kind.INVALID_MODEL_ID, 422, "Invalid model id"))),
    R3_MESSAGE_IN_ERROR_FIELD("puts the message in body.error instead of body.message",
            on(Kind.INVALID_MODEL_ID, (request, reply, service) -> {
                ObjectNode envelope = json(reply, service);
                ((ObjectNode) envelope.get("body")).set("error", ((ObjectNode) envelope.get("body")).remove("message"));
                return reply.withBody(service.mapper().writeValueAsBytes(envelope));
            })),

    R3_CRASH_ON_LONG_ID("crashes with a 500 on an id longer than 255 characters",
            (request, reply, service) -> reply.kind() == Kind.INVALID_MODEL_ID && lastSegment(request).length() > 255
                    ? service.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.")
                    : reply),
    R3_CRASH_ON_QUOTE("passes an id with a quote into a query unescaped and crashes with a 500",
            (request, reply, service) -> reply.kind() == Kind.INVALID_MODEL_ID && lastSegment(request).matches(".*['\"].*")
                    ? service.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.")
                    : reply),
    R3_CRASH_ON_NON_ASCII("crashes with a 500 on an id with letters that are not ASCII",
            (request, reply, service) -> reply.kind() == Kind.INVALID_MODEL_ID && !lastSegment(request).matches("\\p{ASCII}*")
                    ? service.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.")
                    : reply),
    R3_MATRIX_PARAMETER_STRIPPED("drops everything after ';' as a matrix parameter, so 'UUID;drop' finds the model",
            (request, reply, service) -> {
                String id = lastSegment(request);
                return reply.kind() == Kind.INVALID_MODEL_ID && id.contains(";")
                        ? service.contract(new SimulatorRequest(request.method(),
                                "/models/" + id.substring(0, id.indexOf(';')), request.apiKey()))
                        : reply;
            }),

    // R4: unauthorised, 401
    R4_MISSING_KEY_IGNORED("serves a request with no x-api-key header as if the valid key were sent",
            (request, reply, service) -> request.apiKey().isEmpty()
                    ? service.contract(request.withApiKey(service.settings().apiKey()))
                    : reply),
    R4_ANY_KEY_ACCEPTED("checks only that a key is present, not that it is valid",
            (request, reply, service) -> reply.kind() == Kind.UNAUTHORIZED && request.apiKey().isPresent()
                    ? service.contract(request.withApiKey(service.settings().apiKey()))
                    : reply),
    R4_ID_CHECKED_BEFORE_KEY("validates the model id before the key, so a bad key with a non-UUID id learns 'Invalid model id'",
            (request, reply, service) -> reply.kind() == Kind.UNAUTHORIZED && isGetOfOneModel(request)
                    && !GetModelService.isUuid(lastSegment(request))
                    ? service.serviceError(Kind.INVALID_MODEL_ID, 400, "Invalid model id")
                    : reply),
    R4_LOOKUP_BEFORE_KEY("looks the model up before checking the key, so a bad key learns which ids name no model",
            (request, reply, service) -> reply.kind() == Kind.UNAUTHORIZED && isGetOfOneModel(request)
                    && GetModelService.isUuid(lastSegment(request))
                    && service.findInAnyAccount(lastSegment(request)).isEmpty()
                    ? service.serviceError(Kind.NOT_FOUND, 404, "model not found")
                    : reply),
    R4_METHOD_CHECKED_BEFORE_KEY("checks the method before the key, so a bad key with POST learns 'Invalid request method'",
            (request, reply, service) -> reply.kind() == Kind.UNAUTHORIZED && !"GET".equals(request.method())
                    ? service.serviceError(Kind.INVALID_METHOD, 400, "Invalid request method")
                    : reply),
    R4_EMPTY_KEY_ACCEPTED("lets an empty x-api-key through, as a check written 'if (key != null)' would",
            (request, reply, service) -> request.apiKey().filter(String::isEmpty).isPresent()
                    ? service.contract(request.withApiKey(service.settings().apiKey()))
                    : reply),
    R4_KEY_CASE_INSENSITIVE("compares API keys without case",
            (request, reply, service) -> request.apiKey().filter(key -> key.equalsIgnoreCase(service.settings().apiKey())).isPresent()
                    ? service.contract(request.withApiKey(service.settings().apiKey()))
                    : reply),
    R4_STATUS_403("refuses a bad key with 403 instead of 401",
            on(Kind.UNAUTHORIZED, (request, reply, service) -> reply.withStatus(403))),
    R4_MESSAGE_WITHOUT_PERIOD("says \"Unauthorized\" without the full stop",
            on(Kind.UNAUTHORIZED, (request, reply, service) ->
                    service.gatewayError(Kind.UNAUTHORIZED, 401, "Unauthorized"))),
    R4_SERVICE_ENVELOPE("wraps the gateway's 401 in the service's statusCode/body envelope",
            wrapped(Kind.UNAUTHORIZED)),
    R4_HTML("labels the 401 text/html",
            on(Kind.UNAUTHORIZED, (request, reply, service) ->
                    reply.withContentType(Optional.of("text/html; charset=utf-8")))),

    // R5: model not found, 404
    R5_EMPTY_MODEL("answers an unknown id with 200 and an empty model",
            on(Kind.NOT_FOUND, (request, reply, service) ->
                    service.envelope(Kind.MODEL, 200, service.mapper().createObjectNode()))),
    R5_FIRST_MODEL("answers an unknown id with the account's first model",
            on(Kind.NOT_FOUND, (request, reply, service) -> service.envelope(Kind.MODEL, 200,
                    service.modelsOf(request.apiKey().orElseThrow()).get(0).toJson(service.mapper())))),
    R5_MESSAGE_CAPITALISED("says \"Model not found\" with a capital M",
            serviceMessage(Kind.NOT_FOUND, "Model not found")),
    R5_STATUS_CODE_MISMATCH("puts statusCode 400 in the envelope of an HTTP 404",
            envelopeStatusCode(Kind.NOT_FOUND, 400)),
    R5_GATEWAY_SHAPE("answers not-found in the gateway's bare {message} shape",
            bareMessage(Kind.NOT_FOUND)),
    R5_CRASH("crashes with a 500 when the lookup finds nothing",
            on(Kind.NOT_FOUND, (request, reply, service) ->
                    service.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error."))),
    R5_UPPER_CASE_UUID_INVALID("accepts only lower-case hex digits, refusing an upper-case UUID as an invalid model id",
            (request, reply, service) -> GetModelService.isUuid(lastSegment(request))
                    && !lastSegment(request).equals(lastSegment(request).toLowerCase(Locale.ROOT))
                    && (reply.kind() == Kind.NOT_FOUND || reply.kind() == Kind.MODEL)
                    ? service.serviceError(Kind.INVALID_MODEL_ID, 400, "Invalid model id")
                    : reply),
    R5_CRASH_ON_NIL_UUID("crashes with a 500 on the nil UUID 00000000-0000-0000-0000-000000000000",
            (request, reply, service) -> reply.kind() == Kind.NOT_FOUND && lastSegment(request).matches("[0-]+")
                    ? service.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error.")
                    : reply),
    R5_ANY_ACCOUNTS_MODEL("finds a model whatever account the key belongs to: one account reads another's models",
            (request, reply, service) -> reply.kind() == Kind.NOT_FOUND
                    ? service.findInAnyAccount(lastSegment(request))
                            .map(model -> service.envelope(Kind.MODEL, 200, model.toJson(service.mapper())))
                            .orElse(reply)
                    : reply),
    R5_EMPTY_BODY("answers 404 with an empty body",
            on(Kind.NOT_FOUND, (request, reply, service) -> reply.withBody(new byte[0]))),

    // R6: internal server error, 500
    R6_STATUS_502("reports the failure as 502 instead of 500",
            on(Kind.SERVER_ERROR, (request, reply, service) -> reply.withStatus(502))),
    R6_STACK_TRACE("answers 500 with a text/plain stack trace",
            on(Kind.SERVER_ERROR, (request, reply, service) -> reply
                    .withContentType(Optional.of("text/plain"))
                    .withBody("java.lang.NullPointerException\n\tat models.ModelController.get(ModelController.java:42)\n"))),
    R6_SERVICE_ENVELOPE("wraps the gateway's 500 in the service's statusCode/body envelope",
            wrapped(Kind.SERVER_ERROR)),
    R6_MESSAGE_WITHOUT_PERIOD("says \"Internal server error\" without the full stop",
            on(Kind.SERVER_ERROR, (request, reply, service) ->
                    service.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error"))),
    R6_SWALLOWED_AS_NOT_FOUND("hides the failure behind a 404 model not found",
            on(Kind.SERVER_ERROR, (request, reply, service) ->
                    service.serviceError(Kind.NOT_FOUND, 404, "model not found"))),
    R6_HTML_ERROR_PAGE("answers 500 with a load balancer's HTML error page",
            on(Kind.SERVER_ERROR, (request, reply, service) -> reply
                    .withContentType(Optional.of("text/html"))
                    .withBody("<html><body><h1>500 Internal Server Error</h1></body></html>"))),

    // every response
    ANY_TEXT_PLAIN("labels every response text/plain although the body is JSON",
            (request, reply, service) -> reply.withContentType(Optional.of("text/plain"))),
    ANY_NO_CONTENT_TYPE("sends no Content-Type header at all",
            (request, reply, service) -> reply.withContentType(Optional.empty())),
    ANY_TRAILING_GARBAGE("appends a cache marker after the JSON, so no body parses",
            (request, reply, service) -> reply.withBody(reply.bodyText() + "\n<!-- cached -->")),
    ANY_STATUS_CODE_AS_TEXT("writes statusCode as a string in every envelope",
            (request, reply, service) -> {
                JsonNode body = json(reply, service);
                if (body instanceof ObjectNode envelope && envelope.has("statusCode")) {
                    envelope.put("statusCode", envelope.get("statusCode").asString());
                    return reply.withBody(service.mapper().writeValueAsBytes(envelope));
                }
                return reply;
            }),
    ANY_REQUEST_ID("adds an undocumented top-level requestId to every response",
            (request, reply, service) -> {
                ObjectNode body = json(reply, service);
                body.put("requestId", "req-7f3a");
                return reply.withBody(service.mapper().writeValueAsBytes(body));
            }),
    ANY_ECHOES_KEY("echoes the caller's x-api-key back in an undocumented apiKey field of every response",
            (request, reply, service) -> {
                if (request.apiKey().isEmpty() || reply.body().length == 0) {
                    return reply;
                }
                ObjectNode body = json(reply, service);
                body.put("apiKey", request.apiKey().get());
                return reply.withBody(service.mapper().writeValueAsBytes(body));
            });

    /** How a deviation bends the contract's reply into its own. */
    @FunctionalInterface
    public interface Bend {
        SimulatorReply apply(SimulatorRequest request, SimulatorReply correct, GetModelService service);
    }

    private final String sentence;
    private final Bend bend;

    Deviation(String sentence, Bend bend) {
        this.sentence = sentence;
        this.bend = bend;
    }

    /** The name users type: {@code r3-validation-skipped}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One sentence: what the server does wrong. */
    public String sentence() {
        return sentence;
    }

    public SimulatorReply apply(SimulatorRequest request, SimulatorReply correct, GetModelService service) {
        return bend.apply(request, correct, service);
    }

    public static Optional<Deviation> byCliName(String cliName) {
        return Arrays.stream(values()).filter(d -> d.cliName().equalsIgnoreCase(cliName)).findFirst();
    }

    private static Bend on(Kind kind, Bend bend) {
        return (request, reply, service) -> reply.kind() == kind ? bend.apply(request, reply, service) : reply;
    }

    /**
     * A bug of the model's own serialisation: the same in the detail and in every element of the
     * listing, so that only the rule it breaks can catch it, not a disagreement between the two.
     */
    private static Bend everywhere(Consumer<ObjectNode> edit) {
        return (request, reply, service) -> editModels(reply, service, edit);
    }

    /** A bug of the detail alone. */
    private static Bend model(Consumer<ObjectNode> edit) {
        return on(Kind.MODEL, (request, reply, service) -> editModels(reply, service, edit));
    }

    /** A bug of the listing alone. */
    private static Bend listing(Consumer<ObjectNode> edit) {
        return on(Kind.MODEL_LIST, (request, reply, service) -> editModels(reply, service, edit));
    }

    /** Applies {@code edit} to the model of a detail reply, or to every model of a listing reply. */
    private static SimulatorReply editModels(SimulatorReply reply, GetModelService service, Consumer<ObjectNode> edit) {
        if (reply.kind() != Kind.MODEL && reply.kind() != Kind.MODEL_LIST) {
            return reply;
        }
        ObjectNode envelope = json(reply, service);
        if (reply.kind() == Kind.MODEL) {
            edit.accept((ObjectNode) envelope.get("body"));
        } else {
            envelope.get("body").get("models").forEach(model -> edit.accept((ObjectNode) model));
        }
        return reply.withBody(service.mapper().writeValueAsBytes(envelope));
    }

    private static Bend envelopeStatusCode(Kind kind, int statusCode) {
        return on(kind, (request, reply, service) -> {
            ObjectNode envelope = json(reply, service);
            envelope.put("statusCode", statusCode);
            return reply.withBody(service.mapper().writeValueAsBytes(envelope));
        });
    }

    private static Bend serviceMessage(Kind kind, String message) {
        return on(kind, (request, reply, service) -> service.serviceError(kind, reply.status(), message));
    }

    private static Bend bareMessage(Kind kind) {
        return on(kind, (request, reply, service) ->
                service.gatewayError(kind, reply.status(), json(reply, service).path("body").path("message").asString()));
    }

    private static Bend wrapped(Kind kind) {
        return on(kind, (request, reply, service) ->
                service.serviceError(kind, reply.status(), json(reply, service).path("message").asString()));
    }

    private static Bend asIfGet(String method) {
        return (request, reply, service) -> method.equals(request.method())
                ? service.contract(request.withMethod("GET"))
                : reply;
    }

    private static boolean isGetOfOneModel(SimulatorRequest request) {
        var segments = GetModelService.routeSegments(request.rawPath());
        return "GET".equals(request.method()) && segments.size() == 2 && segments.get(0).equals("models");
    }

    /** A slow server, simulated: the one place where this project waits on purpose. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObjectNode json(SimulatorReply reply, GetModelService service) {
        return (ObjectNode) service.mapper().readTree(reply.body());
    }

    private static String lastSegment(SimulatorRequest request) {
        var segments = GetModelService.routeSegments(request.rawPath());
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** Every deviation's name and sentence, one a line, for {@code --list-deviations}. */
    public static String catalogue() {
        StringBuilder lines = new StringBuilder();
        for (Deviation deviation : values()) {
            lines.append(String.format("%-28s %s%n", deviation.cliName(), deviation.sentence()));
        }
        return lines.toString();
    }
}
