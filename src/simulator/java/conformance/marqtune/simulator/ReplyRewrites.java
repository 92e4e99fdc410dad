package conformance.marqtune.simulator;

import conformance.marqtune.simulator.SimulatorReply.Kind;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/** Factories of the shapes bugs take, so that each {@link Deviation} is one sentence and one short behaviour. */
final class ReplyRewrites {

    private ReplyRewrites() {
    }

    static ReplyRewrite on(Kind kind, ReplyRewrite rewrite) {
        return (request, reply, accounts) -> reply.kind() == kind ? rewrite.apply(request, reply, accounts) : reply;
    }

    static ReplyRewrite onId(Kind kind, Predicate<String> id, ReplyRewrite rewrite) {
        return on(kind, (request, reply, accounts) -> id.test(modelId(request)) ? rewrite.apply(request, reply, accounts) : reply);
    }

    static ReplyRewrite answer(Supplier<SimulatorReply> answer) {
        return (request, reply, accounts) -> answer.get();
    }

    /** A bug of the model's serialisation, in the detail and the listing alike: only the rule it breaks catches it. */
    static ReplyRewrite everywhere(Consumer<ObjectNode> edit) {
        return (request, reply, accounts) -> editModels(reply, edit);
    }

    static ReplyRewrite model(Consumer<ObjectNode> edit) {
        return on(Kind.MODEL, (request, reply, accounts) -> editModels(reply, edit));
    }

    static ReplyRewrite listing(Consumer<ObjectNode> edit) {
        return on(Kind.MODEL_LIST, (request, reply, accounts) -> editModels(reply, edit));
    }

    /** Edits the statusCode/body envelope of every reply that has one; the gateway's bare replies stay as they are. */
    static ReplyRewrite inEnvelope(Consumer<ObjectNode> edit) {
        return (request, reply, accounts) -> {
            ObjectNode envelope = Replies.bodyOf(reply);
            if (!envelope.has("statusCode")) {
                return reply;
            }
            edit.accept(envelope);
            return Replies.withBody(reply, envelope);
        };
    }

    /** Another statusCode in the envelope of this kind's replies, the HTTP status unchanged. */
    static ReplyRewrite envelopeStatusCode(Kind kind, int statusCode) {
        return on(kind, (request, reply, accounts) -> {
            ObjectNode envelope = Replies.bodyOf(reply);
            envelope.put("statusCode", statusCode);
            return Replies.withBody(reply, envelope);
        });
    }

    static ReplyRewrite serviceMessage(Kind kind, String message) {
        return on(kind, (request, reply, accounts) -> Replies.serviceError(kind, reply.status(), message));
    }

    static ReplyRewrite bareMessage(Kind kind) {
        return on(kind, (request, reply, accounts) ->
                Replies.gatewayError(kind, reply.status(), Replies.bodyOf(reply).path("body").path("message").asString()));
    }

    /** The gateway's error of this kind, wrapped in the service's envelope. */
    static ReplyRewrite wrapped(Kind kind) {
        return on(kind, (request, reply, accounts) ->
                Replies.serviceError(kind, reply.status(), Replies.bodyOf(reply).path("message").asString()));
    }

    static ReplyRewrite messageMovedTo(String field) {
        return (request, reply, accounts) -> {
            ObjectNode envelope = Replies.bodyOf(reply);
            ObjectNode body = (ObjectNode) envelope.get("body");
            body.set(field, body.remove("message"));
            return Replies.withBody(reply, envelope);
        };
    }

    static ReplyRewrite labelled(String contentType) {
        return (request, reply, accounts) -> reply.withContentType(Optional.of(contentType));
    }

    static ReplyRewrite text(String contentType, String body) {
        return (request, reply, accounts) -> reply.withContentType(Optional.of(contentType)).withBody(body);
    }

    /** A router, framework or gateway that rewrites the request first: the contract's reply to what it rewrote. */
    static ReplyRewrite readAs(UnaryOperator<SimulatorRequest> rewrite) {
        return (request, reply, accounts) -> {
            SimulatorRequest read = rewrite.apply(request);
            return read == request ? reply : accounts.correctReply(read);
        };
    }

    /** A rewrite of the path alone, as sent: {@code rewrite} returns the path it reads, or the same path. */
    static ReplyRewrite pathReadAs(UnaryOperator<String> rewrite) {
        return readAs(request -> {
            String path = request.rawPath();
            String read = rewrite.apply(path);
            return read.equals(path) ? request : request.withTarget(read + request.rawQuery().map(query -> "?" + query).orElse(""));
        });
    }

    static ReplyRewrite asIfGet(String method) {
        return (request, reply, accounts) -> method.equals(request.method())
                ? accounts.correctReply(request.withMethod("GET"))
                : reply;
    }

    /** Answers as if the model id ended before {@code separator}, as a parser of matrix parameters would. */
    static ReplyRewrite idCutAt(char separator) {
        return (request, reply, accounts) -> {
            String id = modelId(request);
            return accounts.correctReply(request.forModel(id.substring(0, id.indexOf(separator))));
        };
    }

    /** A check made before the key's: a GET of one model, bad key, id passing {@code id}, learns {@code answer}. */
    static ReplyRewrite beforeTheKey(BiPredicate<String, Accounts> id, Supplier<SimulatorReply> answer) {
        return on(Kind.UNAUTHORIZED, (request, reply, accounts) ->
                isGetOfOneModel(request) && id.test(modelId(request), accounts) ? answer.get() : reply);
    }

    /** A server that reads an id it should refuse: where {@code parser} makes a UUID of it, that model is answered. */
    static ReplyRewrite idReadBy(Function<String, Optional<String>> parser) {
        return on(Kind.INVALID_MODEL_ID, (request, reply, accounts) -> parser.apply(modelId(request))
                .map(uuid -> accounts.correctReply(request.forModel(uuid)))
                .orElse(reply));
    }

    /** A lookup that finds, for an id that names no model, a model of the caller's account whose id {@code matches} it. */
    static ReplyRewrite foundBy(BiPredicate<String, String> matches) {
        return on(Kind.NOT_FOUND, (request, reply, accounts) -> accounts.modelsOf(request.apiKey().orElse("")).stream()
                .filter(model -> matches.test(modelId(request).toLowerCase(Locale.ROOT), model.modelId().toLowerCase(Locale.ROOT)))
                .findFirst().map(Replies::model).orElse(reply));
    }

    /** A key check that lets {@code presented} through where it {@code passes} against the valid key. */
    static ReplyRewrite keyAccepted(BiPredicate<String, String> passes) {
        return on(Kind.UNAUTHORIZED, (request, reply, accounts) -> request.apiKey()
                .filter(key -> passes.test(key, accounts.validKey())).isPresent() ? servedWithValidKey(request, accounts) : reply);
    }

    /** A key check that also reads the key from {@code where} the request put it besides {@code x-api-key}. */
    static ReplyRewrite keyReadFrom(Function<SimulatorRequest, Optional<String>> where) {
        return on(Kind.UNAUTHORIZED, (request, reply, accounts) -> where.apply(request)
                .filter(accounts.validKey()::equals).isPresent() ? servedWithValidKey(request, accounts) : reply);
    }

    static SimulatorReply servedWithValidKey(SimulatorRequest request, Accounts accounts) {
        return accounts.correctReply(request.withApiKey(accounts.validKey()));
    }

    /** The same reply with one more top-level field, its value's every character written as a backslash-u escape. */
    static SimulatorReply withEscapedField(SimulatorReply reply, String name, String value) {
        StringBuilder escaped = new StringBuilder();
        value.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        String body = reply.bodyText();
        int end = body.lastIndexOf('}');
        return end < 0 ? reply : reply.withBody(body.substring(0, end) + ",\"" + name + "\":\"" + escaped + "\"}");
    }

    static SimulatorReply withField(SimulatorReply reply, String name, String value) {
        ObjectNode body = Replies.bodyOf(reply);
        body.put(name, value);
        return Replies.withBody(reply, body);
    }

    static ReplyRewrite delayed(Duration duration) {
        return (request, reply, accounts) -> {
            pause(duration);
            return reply;
        };
    }

    static boolean containsUuid(String id) {
        return id.matches(".*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}.*");
    }

    static boolean hasUpperCase(String id) {
        return !id.equals(id.toLowerCase(Locale.ROOT));
    }

    static String modelId(SimulatorRequest request) {
        return request.route().modelId();
    }

    /** GET, not HEAD: the shortcut a bug's author writes for the one method they thought of. */
    static boolean isGetOfOneModel(SimulatorRequest request) {
        return "GET".equals(request.method()) && request.route().namesOneModel();
    }

    private static SimulatorReply editModels(SimulatorReply reply, Consumer<ObjectNode> edit) {
        if (reply.kind() != Kind.MODEL && reply.kind() != Kind.MODEL_LIST) {
            return reply;
        }
        ObjectNode envelope = Replies.bodyOf(reply);
        if (reply.kind() == Kind.MODEL) {
            edit.accept((ObjectNode) envelope.get("body"));
        } else {
            envelope.get("body").get("models").forEach(model -> edit.accept((ObjectNode) model));
        }
        return Replies.withBody(reply, envelope);
    }

    /** A slow server, simulated: the one place where this project waits on purpose. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
