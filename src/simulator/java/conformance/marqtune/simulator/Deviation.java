package conformance.marqtune.simulator;

import static conformance.marqtune.simulator.ReplyRewrites.*;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Realistic server bugs, each one line of behaviour from the contract; the self-check proves that the suite fails on
 * each. A name starts with the response it breaks ({@code r1} to {@code r6}) or {@code any}.
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
            on(Kind.MODEL, (request, reply, accounts) -> Replies.withBody(reply, Replies.bodyOf(reply).get("body")))),
    R1_STATUS_CODE_201("puts statusCode 201 in the envelope of a 200",
            envelopeStatusCode(Kind.MODEL, 201)),
    R1_TEXT_PLAIN("labels the model text/plain",
            on(Kind.MODEL, labelled("text/plain"))),
    R1_SLOW("takes 1000 ms to return a model, more than a tight latency budget allows",
            on(Kind.MODEL, delayed(Duration.ofMillis(1000)))),
    R1_CUT_SHORT("cuts the model's JSON short, as a proxy that drops the end of the body would",
            on(Kind.MODEL, (request, reply, accounts) -> reply.withBody(Arrays.copyOf(reply.body(), reply.body().length / 2)))),
    R1_BODY_SHORTER_THAN_ITS_LENGTH("announces the model's full Content-Length but closes the connection halfway through the body",
            on(Kind.MODEL, (request, reply, accounts) -> reply.withDeclaredLength(reply.body().length * 2))),

    // the same request in another form the contract counts as the same (the same request)
    R1_KEY_COMPARED_WITH_WHITESPACE("compares the x-api-key value as it came, whitespace around it included, as a check that reads the raw field line does",
            (request, reply, accounts) -> request.fieldsAsSent().stream().filter(field -> field.name().equalsIgnoreCase("x-api-key"))
                    .anyMatch(field -> !field.value().equals(" " + field.value().strip()) && !field.value().equals(field.value().strip()))
                    ? Replies.unauthorized() : reply, true),
    R1_KEY_FIELD_NAME_CASE_KEPT("finds the key only in a field named x-api-key in lower case, as a map keyed by the name as sent does",
            (request, reply, accounts) -> request.apiKey().isPresent()
                    && request.fieldsAsSent().stream().noneMatch(field -> field.name().equals("x-api-key"))
                    ? Replies.unauthorized() : reply, true),
    R1_ID_CASE_KEPT_IN_LOOKUP("looks ids up as written, so that the model's id in upper case is not found",
            on(Kind.MODEL, (request, reply, accounts) -> hasUpperCase(modelId(request)) ? Replies.notFound() : reply)),
    R1_ABSOLUTE_FORM_NOT_ROUTED("routes on the request-target as written, so that a target in absolute form, which HTTP/1.1 servers must accept, is no route",
            (request, reply, accounts) -> request.target().startsWith("/") ? reply : Replies.invalidMethod()),
    R1_QUERY_IN_THE_ROUTE("matches the route on the path and its query together, so that any query makes the path unknown",
            on(Kind.MODEL, (request, reply, accounts) -> request.rawQuery().isPresent() ? Replies.invalidMethod() : reply)),
    R1_ENCODED_ID_LOOKED_UP_AS_SENT("validates the id decoded but looks it up as sent, so that an id with a percent-encoded hyphen names no model",
            on(Kind.MODEL, (request, reply, accounts) -> request.rawPath().contains("%") ? Replies.notFound() : reply)),

    // R2: invalid request method, 400
    R2_POST_ACCEPTED("answers POST as if it were GET",
            asIfGet("POST")),
    R2_PATCH_ACCEPTED("answers PATCH as if it were GET, while refusing POST and PUT",
            asIfGet("PATCH")),
    R2_STATUS_405("answers an invalid method with 405, in HTTP and in statusCode",
            on(Kind.INVALID_METHOD, answer(() -> Replies.serviceError(Kind.INVALID_METHOD, 405, "Invalid request method")))),
    R2_MESSAGE_LOWER_CASE("says \"invalid request method\" in lower case",
            serviceMessage(Kind.INVALID_METHOD, "invalid request method")),
    R2_GATEWAY_SHAPE("answers an invalid method in the gateway's bare {message} shape",
            bareMessage(Kind.INVALID_METHOD)),
    R2_STATUS_CODE_MISMATCH("puts statusCode 405 in the envelope of an HTTP 400",
            envelopeStatusCode(Kind.INVALID_METHOD, 405)),
    R2_UNKNOWN_PATH_404("answers a path that is not a route with a 404 page instead of the documented 400",
            on(Kind.INVALID_METHOD, (request, reply, accounts) -> "GET".equals(request.method())
                    ? Replies.gatewayError(Kind.INVALID_METHOD, 404, "Not Found")
                    : reply)),

    R2_CRASH_ON_ENCODED_SLASH("crashes with a 500 on an id holding an encoded slash, as a path-traversal guard that throws would",
            (request, reply, accounts) -> request.rawPath().toUpperCase(Locale.ROOT).contains("%2F")
                    ? Replies.internalServerError()
                    : reply),

    // R2: methods a framework or gateway reads leniently (the near-miss methods)
    R2_HEAD_ANSWERED_AS_GET("answers HEAD as it answers GET, as Spring MVC, Express, Flask, Starlette and Go's ServeMux do for a GET route",
            readAs(request -> request.method().equals("HEAD") ? request.withMethod("GET") : request)),
    R2_OPTIONS_ANSWERED_BY_THE_FRAMEWORK("answers OPTIONS itself, with 200 and an Allow header, as Spring MVC, Express and Flask do",
            (request, reply, accounts) -> request.method().equals("OPTIONS")
                    ? new SimulatorReply(Kind.INVALID_METHOD, 200, Optional.of("text/plain"), "GET,HEAD".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .withHeader("Allow", "GET, HEAD")
                    : reply),
    R2_SAFE_METHODS_READ("reads with PROPFIND, REPORT, SEARCH and QUERY, which the method registry marks safe, refusing only the methods it knows to write",
            readAs(request -> java.util.Set.of("PROPFIND", "REPORT", "SEARCH", "QUERY").contains(request.method()) ? request.withMethod("GET") : request)),
    R2_METHOD_CASE_IGNORED("compares methods without case, as ASP.NET Core's routing does, so that get is GET",
            readAs(request -> request.method().equals(request.method().toUpperCase(Locale.ROOT)) ? request
                    : request.withMethod(request.method().toUpperCase(Locale.ROOT)))),
    R2_METHOD_OVERRIDE_HONOURED("reads a POST as the method its X-HTTP-Method-Override, X-HTTP-Method or X-Method-Override field or _method parameter names, as ASP.NET Core's UseHttpMethodOverride and Express's method-override do",
            readAs(request -> !request.method().equals("POST") ? request : overriddenMethod(request).map(request::withMethod).orElse(request))),

    // R2: paths a router or gateway rewrites into the route before matching (the near-miss paths)
    R2_TRAILING_SLASH_MATCHED("matches /models/{id}/ as /models/{id}, as Express with strict routing off and Spring's trailing-slash match do",
            pathReadAs(path -> path.matches("/models/[^/]+/") ? path.substring(0, path.length() - 1) : path)),
    R2_SLASHES_MERGED("merges repeated slashes before routing, as nginx (merge_slashes) and Werkzeug do",
            pathReadAs(path -> path.replaceAll("/{2,}", "/"))),
    R2_DOT_SEGMENTS_RESOLVED("resolves . and .. segments before routing, as nginx, Tomcat and Go's ServeMux do",
            pathReadAs(path -> path.matches(".*/\\.\\.?(/.*|$)") ? java.net.URI.create(path).normalize().getRawPath() : path)),
    R2_DECODED_DOT_SEGMENTS_RESOLVED("decodes %2E in the path and then resolves dot-segments before routing, as a gateway that routes on the decoded path does",
            pathReadAs(path -> path.toUpperCase(Locale.ROOT).contains("%2E")
                    ? java.net.URI.create(path.replaceAll("(?i)%2E", ".")).normalize().getRawPath() : path)),
    R2_ROUTE_CASE_IGNORED("matches the models segment without case, as Express and ASP.NET Core do by default",
            pathReadAs(path -> path.matches("/(?i:models)(/.*)?") && !path.startsWith("/models") ? "/models" + path.substring(7) : path)),
    R2_PATH_PARAMETER_DROPPED("drops a ;parameter from the models segment before routing, as Tomcat and Jetty drop path parameters before mapping",
            pathReadAs(path -> path.replaceFirst("^/models;[^/]*/", "/models/"))),
    R2_ENCODED_SLASH_DECODED("routes /models%2F{id} as /models/{id}: a gateway that routes on the decoded path, as nginx does before a proxy_pass with a URI",
            pathReadAs(path -> path.replaceFirst("^/models%2[Ff]", "/models/"))),
    R2_BACKSLASH_READ_AS_SLASH("reads an encoded backslash as a slash, as Tomcat with allowBackslash, IIS and ASP.NET do",
            pathReadAs(path -> path.replaceAll("(?i)%5C", "/"))),
    R2_ROUTE_DECODED_TWICE("routes on the path decoded twice, as a proxy and a service that each decode it once do, so that %256F is an o",
            pathReadAs(path -> path.startsWith("/m%25") ? "/" + java.net.URLDecoder.decode(java.net.URLDecoder.decode(path.substring(1).split("/", 2)[0],
                    java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8) + "/" + path.substring(1).split("/", 2)[1] : path)),
    R2_SUFFIX_PATTERN_MATCHED("reads /models.json as /models, as Spring MVC's suffix pattern match did by default",
            pathReadAs(path -> path.replaceFirst("^/models\\.[a-z]+/", "/models/"))),
    R2_ROUTE_MATCHED_BY_PREFIX("matches /models/{id}/anything as /models/{id}, as a router that matches by prefix (a greedy {proxy+} path) does",
            pathReadAs(path -> path.matches("/models/(?!(\\.|%2[Ee]){1,2}/)[^/]+/.+") ? path.substring(0, path.indexOf('/', 8)) : path)),

    // R3: invalid model id, 400
    R3_VALIDATION_SKIPPED("skips the UUID check and looks every id up, answering 404",
            on(Kind.INVALID_MODEL_ID, answer(Replies::notFound))),
    R3_UNANCHORED_PATTERN("accepts any id that contains a UUID, such as one with a character too many",
            onId(Kind.INVALID_MODEL_ID, id -> containsUuid(id) && !id.contains("{"), answer(Replies::notFound))),
    R3_BRACES_ACCEPTED("accepts a UUID wrapped in braces, as Windows tools write them",
            onId(Kind.INVALID_MODEL_ID, id -> id.startsWith("{"), answer(Replies::notFound))),
    R3_DIGITS_ACCEPTED("treats an id of digits only as a legacy numeric id and answers 404",
            onId(Kind.INVALID_MODEL_ID, id -> id.matches("[0-9]+"), answer(Replies::notFound))),
    R3_CRASH_ON_NON_HEX("crashes with a 500 on an id with letters that are not hex digits",
            onId(Kind.INVALID_MODEL_ID, id -> id.matches(".*[g-zG-Z].*"), answer(Replies::internalServerError))),
    R3_MESSAGE_PERIOD("adds a full stop: \"Invalid model id.\"",
            serviceMessage(Kind.INVALID_MODEL_ID, "Invalid model id.")),
    R3_STATUS_422("answers an invalid id with 422, in HTTP and in statusCode",
            on(Kind.INVALID_MODEL_ID, answer(() -> Replies.serviceError(Kind.INVALID_MODEL_ID, 422, "Invalid model id")))),
    R3_MESSAGE_IN_ERROR_FIELD("puts the message in body.error instead of body.message",
            on(Kind.INVALID_MODEL_ID, messageMovedTo("error"))),

    R3_CRASH_ON_LONG_ID("crashes with a 500 on an id longer than 255 characters",
            onId(Kind.INVALID_MODEL_ID, id -> id.length() > 255, answer(Replies::internalServerError))),
    R3_CRASH_ON_QUOTE("passes an id with a quote into a query unescaped and crashes with a 500",
            onId(Kind.INVALID_MODEL_ID, id -> id.matches(".*['\"].*"), answer(Replies::internalServerError))),
    R3_CRASH_ON_NON_ASCII("crashes with a 500 on an id with letters that are not ASCII",
            onId(Kind.INVALID_MODEL_ID, id -> !id.matches("\\p{ASCII}*"), answer(Replies::internalServerError))),
    R3_MATRIX_PARAMETER_STRIPPED("drops everything after ';' as a matrix parameter, so 'UUID;drop' finds the model",
            onId(Kind.INVALID_MODEL_ID, id -> id.contains(";"), idCutAt(';'))),

    R3_EMPTY_ID_READ_AS_LISTING("answers /models/, an empty id, with the listing, as Express with strict routing off does",
            (request, reply, accounts) -> request.rawPath().equals("/models/") && request.method().equals("GET")
                    ? accounts.correctReply(request.withTarget("/models")) : reply),
    R3_TRAILING_DOTS_DROPPED("drops the dots at the end of the id before reading it, as IIS and ASP.NET on Windows do with a path segment",
            idReadBy(id -> Optional.of(id.replaceAll("\\.+$", "")).filter(Uuids::isCanonical))),
    R3_PATTERN_ENDS_IN_DOLLAR("validates the id with a pattern ending in $, found rather than matched, which also matches before a final line break, and looks the id up stripped",
            idReadBy(id -> java.util.regex.Pattern.compile("^\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}$").matcher(id).find()
                    ? Optional.of(id.strip()) : Optional.empty())),
    R3_JAVA_UUID_PARSER("parses ids with java.util.UUID.fromString and looks the result up: shortened groups, a '+' sign and non-ASCII digits find a model",
            idReadBy(LenientParsers::java)),
    R3_POSTGRES_UUID_INPUT("lets PostgreSQL's uuid type read the id: braces, no hyphens, or a hyphen after any four digits find a model",
            idReadBy(LenientParsers::postgres)),
    R3_DOTNET_GUID_PARSE("parses ids with .NET's Guid.Parse: the N, B, P and X formats and whitespace around find a model",
            idReadBy(LenientParsers::dotnet)),
    R3_PYTHON_UUID("parses ids with Python's uuid.UUID: a urn:uuid: prefix, braces, hyphens anywhere and non-ASCII digits find a model",
            idReadBy(LenientParsers::python)),
    R3_ID_TRIMMED("strips whitespace around the id before validating it",
            idReadBy(LenientParsers::trimmed)),
    R3_PATH_DECODED_TWICE("percent-decodes the id a second time, so that %252D is a hyphen",
            idReadBy(LenientParsers::decodedTwice)),

    // R4: unauthorised, 401
    R4_MISSING_KEY_IGNORED("serves a request with no x-api-key header as if the valid key were sent",
            (request, reply, accounts) -> request.apiKey().isEmpty() ? servedWithValidKey(request, accounts) : reply),
    R4_ANY_KEY_ACCEPTED("checks only that a key is present, not that it is valid",
            on(Kind.UNAUTHORIZED, (request, reply, accounts) ->
                    request.apiKey().isPresent() ? servedWithValidKey(request, accounts) : reply)),
    R4_ID_CHECKED_BEFORE_KEY("validates the model id before the key, so a bad key with a non-UUID id learns 'Invalid model id'",
            beforeTheKey((id, accounts) -> !Uuids.isCanonical(id), Replies::invalidModelId)),
    R4_LOOKUP_BEFORE_KEY("looks the model up before checking the key, so a bad key learns which ids name no model",
            beforeTheKey((id, accounts) -> Uuids.isCanonical(id) && accounts.findInAnyAccount(id).isEmpty(), Replies::notFound)),
    R4_METHOD_CHECKED_BEFORE_KEY("checks the method before the key, so a bad key with POST learns 'Invalid request method'",
            on(Kind.UNAUTHORIZED, (request, reply, accounts) ->
                    "GET".equals(request.method()) ? reply : Replies.invalidMethod())),
    R4_ROUTE_MATCHED_BEFORE_KEY("matches the route before the key, as AWS API Gateway matches a resource before its authorizer runs, so a bad key on a path that is not a route learns 'Invalid request method'",
            on(Kind.UNAUTHORIZED, (request, reply, accounts) -> request.route().isListing() || request.route().namesOneModel()
                    ? reply : Replies.invalidMethod())),
    R4_UNDECLARED_METHOD_BEFORE_KEY("refuses the methods its resource does not declare before the key, as a gateway's method match does, while it authorises POST, PUT and PATCH first",
            on(Kind.UNAUTHORIZED, (request, reply, accounts) -> java.util.Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(request.method())
                    ? reply : Replies.invalidMethod())),
    R4_EMPTY_KEY_ACCEPTED("lets an empty x-api-key through, as a check written 'if (key != null)' would",
            (request, reply, accounts) -> request.apiKey().filter(String::isEmpty).isPresent()
                    ? servedWithValidKey(request, accounts)
                    : reply),
    R4_KEY_CASE_INSENSITIVE("compares API keys without case",
            (request, reply, accounts) -> request.apiKey().filter(key -> key.equalsIgnoreCase(accounts.validKey())).isPresent()
                    ? servedWithValidKey(request, accounts)
                    : reply),
    R4_KEY_PREFIX_ACCEPTED("accepts any key that starts with the valid key, as a comparison of its first characters would",
            keyAccepted((key, valid) -> key.startsWith(valid))),
    R4_KEY_SUFFIX_ACCEPTED("accepts any key that ends with the valid key",
            keyAccepted((key, valid) -> key.endsWith(valid))),
    R4_KEY_TRUNCATED("compares keys without their last character, as a column one character too short would",
            keyAccepted((key, valid) -> key.length() >= valid.length() - 1 && key.regionMatches(0, valid, 0, valid.length() - 1))),
    R4_KEY_WHITESPACE_REMOVED("removes whitespace inside a key before comparing it",
            keyAccepted((key, valid) -> key.replaceAll("\\s", "").equals(valid))),
    R4_BEARER_ACCEPTED("also accepts the key as Authorization: Bearer",
            keyReadFrom(request -> request.header("authorization").stream().findFirst().filter(value -> value.startsWith("Bearer "))
                    .map(value -> value.substring("Bearer ".length())))),
    R4_QUERY_KEY_ACCEPTED("also accepts the key as a query parameter x-api-key",
            keyReadFrom(request -> request.rawQuery().filter(query -> query.startsWith("x-api-key="))
                    .map(query -> java.net.URLDecoder.decode(query.substring("x-api-key=".length()), java.nio.charset.StandardCharsets.UTF_8)))),
    // R4: places a credential extractor reads a key from (where the key travels)
    R4_APIKEY_HEADER_ACCEPTED("also reads the key from an apikey header, as Kong's key-auth does by default",
            keyReadFrom(request -> request.header("apikey").stream().findFirst())),
    R4_UNDERSCORE_HEADER_ACCEPTED("reads x_api_key as x-api-key, as CGI and WSGI servers name both HTTP_X_API_KEY",
            keyReadFrom(request -> request.header("x_api_key").stream().findFirst())),
    R4_COOKIE_KEY_ACCEPTED("also reads the key from a cookie named x-api-key, as FastAPI's APIKeyCookie does",
            keyReadFrom(request -> request.header("cookie").stream().flatMap(cookie -> java.util.Arrays.stream(cookie.split(";\\s*")))
                    .filter(pair -> pair.startsWith("x-api-key=")).map(pair -> pair.substring("x-api-key=".length())).findFirst())),
    R4_FIRST_KEY_FIELD_READ("reads only the first of two x-api-key fields, as a Servlet's getHeader does",
            (request, reply, accounts) -> request.header("x-api-key").size() > 1
                    && request.header("x-api-key").get(0).equals(accounts.validKey()) ? servedWithValidKey(request, accounts) : reply),
    R4_FIRST_LIST_ITEM_READ("splits x-api-key at commas and reads the first item, as a list-valued field would be read",
            keyAccepted((key, valid) -> key.split(",")[0].strip().equals(valid))),
    /** Caught by the seeded search, not by any family: its dictionary of places holds more than the families send. */
    R4_GOOGLE_KEY_HEADER_ACCEPTED("also reads the key from X-Goog-Api-Key, as Google Cloud's API keys travel",
            keyReadFrom(request -> request.header("x-goog-api-key").stream().findFirst())),
    R4_STATUS_403("refuses a bad key with 403 instead of 401",
            on(Kind.UNAUTHORIZED, (request, reply, accounts) -> reply.withStatus(403))),
    R4_MESSAGE_WITHOUT_PERIOD("says \"Unauthorized\" without the full stop",
            on(Kind.UNAUTHORIZED, answer(() -> Replies.gatewayError(Kind.UNAUTHORIZED, 401, "Unauthorized")))),
    R4_SERVICE_ENVELOPE("wraps the gateway's 401 in the service's statusCode/body envelope",
            wrapped(Kind.UNAUTHORIZED)),
    R4_HTML("labels the 401 text/html",
            on(Kind.UNAUTHORIZED, labelled("text/html; charset=utf-8"))),

    // R5: model not found, 404
    R5_PREFIX_MATCH("finds a model by the first eight digits of its id, as a LIKE 'prefix%' lookup would",
            foundBy((asked, id) -> asked.regionMatches(0, id, 0, 8))),
    R5_STRICT_UUID_VERSION("validates ids with the npm uuid package, refusing UUIDs of a version or variant it does not know as invalid model ids",
            (request, reply, accounts) -> (reply.kind() == Kind.NOT_FOUND || reply.kind() == Kind.MODEL)
                    && !LenientParsers.npmValidates(modelId(request)) ? Replies.invalidModelId() : reply),
    /** Caught by the seeded search, not by any deterministic near-miss: the proof that the search earns its place. */
    R5_ID_COMPARED_IN_PART("finds a model by an id that differs from its own only in the three digits after the version, as a lookup on a truncated index would",
            foundBy((asked, id) -> asked.length() == 36 && asked.regionMatches(0, id, 0, 15) && asked.regionMatches(18, id, 18, 18))),
    R5_EMPTY_MODEL("answers an unknown id with 200 and an empty model",
            on(Kind.NOT_FOUND, answer(() -> Replies.envelope(Kind.MODEL, 200, Replies.MAPPER.createObjectNode())))),
    R5_FIRST_MODEL("answers an unknown id with the account's first model",
            on(Kind.NOT_FOUND, (request, reply, accounts) ->
                    Replies.model(accounts.modelsOf(request.apiKey().orElseThrow()).get(0)))),
    R5_MESSAGE_CAPITALISED("says \"Model not found\" with a capital M",
            serviceMessage(Kind.NOT_FOUND, "Model not found")),
    R5_STATUS_CODE_MISMATCH("puts statusCode 400 in the envelope of an HTTP 404",
            envelopeStatusCode(Kind.NOT_FOUND, 400)),
    R5_GATEWAY_SHAPE("answers not-found in the gateway's bare {message} shape",
            bareMessage(Kind.NOT_FOUND)),
    R5_CRASH("crashes with a 500 when the lookup finds nothing",
            on(Kind.NOT_FOUND, answer(Replies::internalServerError))),
    R5_UPPER_CASE_UUID_INVALID("accepts only lower-case hex digits, refusing an upper-case UUID as an invalid model id",
            (request, reply, accounts) -> (reply.kind() == Kind.NOT_FOUND || reply.kind() == Kind.MODEL)
                    && Uuids.isCanonical(modelId(request)) && hasUpperCase(modelId(request))
                    ? Replies.invalidModelId()
                    : reply),
    R5_CRASH_ON_NIL_UUID("crashes with a 500 on the nil UUID 00000000-0000-0000-0000-000000000000",
            onId(Kind.NOT_FOUND, id -> id.matches("[0-]+"), answer(Replies::internalServerError))),
    R5_ANY_ACCOUNTS_MODEL("finds a model whatever account the key belongs to: one account reads another's models",
            on(Kind.NOT_FOUND, (request, reply, accounts) ->
                    accounts.findInAnyAccount(modelId(request)).map(Replies::model).orElse(reply))),
    R5_EMPTY_BODY("answers 404 with an empty body",
            on(Kind.NOT_FOUND, (request, reply, accounts) -> reply.withBody(new byte[0]))),

    // R6: internal server error, 500
    R6_STATUS_502("reports the failure as 502 instead of 500",
            on(Kind.SERVER_ERROR, (request, reply, accounts) -> reply.withStatus(502))),
    R6_STACK_TRACE("answers 500 with a text/plain stack trace",
            on(Kind.SERVER_ERROR, text("text/plain",
                    "java.lang.NullPointerException\n\tat models.ModelController.get(ModelController.java:42)\n"))),
    R6_SERVICE_ENVELOPE("wraps the gateway's 500 in the service's statusCode/body envelope",
            wrapped(Kind.SERVER_ERROR)),
    R6_MESSAGE_WITHOUT_PERIOD("says \"Internal server error\" without the full stop",
            on(Kind.SERVER_ERROR, answer(() -> Replies.gatewayError(Kind.SERVER_ERROR, 500, "Internal server error")))),
    R6_SWALLOWED_AS_NOT_FOUND("hides the failure behind a 404 model not found",
            on(Kind.SERVER_ERROR, answer(Replies::notFound))),
    R6_HTML_ERROR_PAGE("answers 500 with a load balancer's HTML error page",
            on(Kind.SERVER_ERROR, text("text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>"))),

    // every response
    ANY_TEXT_PLAIN("labels every response text/plain although the body is JSON",
            labelled("text/plain")),
    ANY_NO_CONTENT_TYPE("sends no Content-Type header at all",
            (request, reply, accounts) -> reply.withContentType(Optional.empty())),
    ANY_TRAILING_GARBAGE("appends a cache marker after the JSON, so no body parses",
            (request, reply, accounts) -> reply.withBody(reply.bodyText() + "\n<!-- cached -->")),
    ANY_STATUS_CODE_AS_TEXT("writes statusCode as a string in every envelope",
            inEnvelope(envelope -> envelope.put("statusCode", envelope.get("statusCode").asString()))),
    ANY_REQUEST_ID("adds an undocumented top-level requestId to every response",
            (request, reply, accounts) -> withField(reply, "requestId", "req-7f3a")),
    ANY_CHARSET_UTF16("labels every answer application/json; charset=utf-16, though it sends UTF-8",
            (request, reply, accounts) -> reply.contentType().isEmpty() ? reply
                    : reply.withContentType(java.util.Optional.of("application/json; charset=utf-16"))),
    ANY_DUPLICATE_NAME("repeats a field of every JSON answer with another value first, so that parsers that keep the first and those that keep the last disagree",
            (request, reply, accounts) -> reply.body().length == 0 || !reply.bodyText().startsWith("{") ? reply
                    : reply.withBody("{" + (reply.bodyText().contains("\"statusCode\"") ? "\"statusCode\":500," : "\"message\":\"Welcome\",")
                            + reply.bodyText().substring(1))),
    ANY_ECHOES_KEY("echoes the caller's x-api-key back in an undocumented apiKey field of every response",
            (request, reply, accounts) -> request.apiKey().isEmpty() || reply.body().length == 0
                    ? reply
                    : withField(reply, "apiKey", request.apiKey().get())),
    ANY_ECHOES_KEY_ACROSS_THE_CUT("echoes the caller's key after padding, so that it straddles the 500th character of the body, where a message would cut it",
            (request, reply, accounts) -> request.apiKey().isEmpty() || reply.body().length == 0
                    ? reply
                    : withField(reply, "note", "p".repeat(480) + request.apiKey().get())),
    ANY_ECHOES_KEY_ESCAPED("echoes the caller's key with every character escaped as backslash-u, as some JSON serialisers write it",
            (request, reply, accounts) -> request.apiKey().isEmpty() || reply.body().length == 0
                    ? reply
                    : withEscapedField(reply, "apiKey", request.apiKey().get())),
    ANY_COMPRESSION_BOMB("pads every JSON answer with 16 MiB of spaces and sends it in gzip, 16 KiB on the wire: a compression bomb",
            (request, reply, accounts) -> reply.body().length == 0 ? reply
                    : reply.withBody(ContentCoding.gzip((reply.bodyText() + " ".repeat(16 << 20)).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .withHeader("Content-Encoding", "gzip")),
    ANY_CODING_NOT_ASKED_FOR("sends every answer in br, a content coding the request did not accept",
            (request, reply, accounts) -> reply.body().length == 0 ? reply
                    : reply.withBody(ContentCoding.gzip(reply.body())).withHeader("Content-Encoding", "br")),
    R1_ENDLESS_BODY("sends the model's JSON again and again, without end, as a stuck stream would",
            on(Kind.MODEL, (request, reply, accounts) -> reply.withEndlessBody()));

    private final String sentence;
    private final ReplyRewrite rewrite;
    private final boolean readsFieldsAsSent;

    /** The method a POST asks to be read as, in one of the fields or the parameter frameworks honour, if any. */
    private static Optional<String> overriddenMethod(SimulatorRequest request) {
        for (String field : new String[] {"x-http-method-override", "x-http-method", "x-method-override"}) {
            if (!request.header(field).isEmpty()) {
                return Optional.of(request.header(field).get(0));
            }
        }
        return request.rawQuery().flatMap(query -> Arrays.stream(query.split("&")).filter(parameter -> parameter.startsWith("_method="))
                .map(parameter -> parameter.substring("_method=".length())).findFirst());
    }

    Deviation(String sentence, ReplyRewrite rewrite) {
        this(sentence, rewrite, false);
    }

    Deviation(String sentence, ReplyRewrite rewrite, boolean readsFieldsAsSent) {
        this.sentence = sentence;
        this.rewrite = rewrite;
        this.readsFieldsAsSent = readsFieldsAsSent;
    }

    /** Whether this bug needs the field lines as they came: the simulator then serves it on a bare front of its own. */
    public boolean readsFieldsAsSent() {
        return readsFieldsAsSent;
    }

    /** The name users type: {@code r3-validation-skipped}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String sentence() {
        return sentence;
    }

    SimulatorReply apply(SimulatorRequest request, SimulatorReply correct, Accounts accounts) {
        return rewrite.apply(request, correct, accounts);
    }

    public static Optional<Deviation> byCliName(String cliName) {
        return Arrays.stream(values()).filter(d -> d.cliName().equalsIgnoreCase(cliName)).findFirst();
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
