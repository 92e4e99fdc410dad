package conformance.marqtune.inputs;

import conformance.marqtune.client.KeyPresentation;
import conformance.marqtune.client.ShellKey;
import conformance.marqtune.request.ApiRequest;
import conformance.marqtune.request.HeaderField;
import conformance.marqtune.request.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/** Requests near the documented one, in every part: most often a hex digit swapped, so canonical near-misses abound. */
final class RequestSpace implements SeededSearch.Space<RequestSpace.Edit> {

    /** What an id's character edits put in: hex digits, and the characters lenient parsers, trimmers and patterns read or skip. */
    private static final String ID_ALPHABET = "0123456789abcdefABCDEFgG-{}()+:_ xu\t\uFF10\u0660.~\n;%";
    private static final List<String> ROUTE_TOKENS = List.of("/", ".", "./", "../", ";", ";x=1", "%2F", "%2E", "%5C", "~", ".json", "%20");
    /** The boundaries of the route a token may go at: after its first slash, after models, after the second slash, at the end. */
    private static final List<String> BOUNDARIES = List.of("", "after the first slash", "after models", "before the id", "at the end");
    /** Not HEAD in another case: a client reads no body after it, whatever its case, and a server may send one. */
    private static final List<String> METHODS = List.of("HEAD", "OPTIONS", "TRACE", "PROPFIND", "REPORT", "SEARCH", "QUERY", "POST", "PUT",
            "PATCH", "get", "Get", "gET", "options");
    private static final List<String> OVERRIDE_FIELDS = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
    private static final List<Place> PLACES = List.of(
            Place.header("Authorization", "Bearer "), Place.header("Authorization", ""), Place.header("apikey", ""),
            Place.header("api-key", ""), Place.header("x_api_key", ""), Place.header("X-Api-Token", ""), Place.header("X-Auth-Token", ""),
            Place.header("X-Goog-Api-Key", ""), Place.header("Ocp-Apim-Subscription-Key", ""),
            new Place(Place.Kind.QUERY, "x-api-key", ""), new Place(Place.Kind.QUERY, "apikey", ""), new Place(Place.Kind.QUERY, "api_key", ""),
            new Place(Place.Kind.QUERY, "key", ""), new Place(Place.Kind.COOKIE, "x-api-key", ""),
            new Place(Place.Kind.TWICE, "x-api-key", ""), new Place(Place.Kind.LISTED, "x-api-key", ""));

    sealed interface Edit permits IdEdit, RouteToken, ModelsLetter, MethodChange, KeyMoved {
        String words();
    }

    record IdEdit(TextEdit edit) implements Edit {
        public String words() {
            return edit.words("id");
        }
    }

    record RouteToken(int boundary, String token) implements Edit {
        public String words() {
            return "insert '" + token + "' " + BOUNDARIES.get(boundary);
        }
    }

    record ModelsLetter(int index) implements Edit {
        public String words() {
            return "models' letter " + (index + 1) + " in upper case";
        }
    }

    /** Another method, or a POST with an override field naming GET; to {@code freshId}, a UUID made up for it. */
    record MethodChange(String method, String overrideField, String freshId) implements Edit {
        public String words() {
            return overrideField.isEmpty() ? "the method " + method : "POST with " + overrideField + ": GET";
        }
    }

    record KeyMoved(Place place) implements Edit {
        public String words() {
            return "the key " + place.words() + " instead";
        }
    }

    record Place(Kind kind, String name, String prefix) {
        enum Kind { HEADER, QUERY, COOKIE, TWICE, LISTED }

        static Place header(String name, String prefix) {
            return new Place(Kind.HEADER, name, prefix);
        }

        String words() {
            return switch (kind) {
                case HEADER -> "in " + name + (prefix.isEmpty() ? "" : " as '" + prefix + "…'");
                case QUERY -> "in the query parameter " + name;
                case COOKIE -> "in the cookie " + name;
                case TWICE -> "in two x-api-key fields";
                case LISTED -> "twice in one x-api-key field";
            };
        }

        KeyPresentation presentation(String key) {
            return switch (kind) {
                case HEADER -> KeyPresentation.inHeader("", name, prefix + key, prefix + ShellKey.KEY);
                case QUERY -> KeyPresentation.inQuery("", name, key, ShellKey.KEY);
                case COOKIE -> KeyPresentation.inHeader("", "Cookie", name + "=" + key, name + "=" + ShellKey.KEY);
                case TWICE -> new KeyPresentation("", List.of(new HeaderField(name, key, ShellKey.KEY), new HeaderField(name, key, ShellKey.KEY)),
                        List.of());
                case LISTED -> KeyPresentation.inHeader("", name, key + ", " + key, ShellKey.KEY + ", " + ShellKey.KEY);
            };
        }
    }

    private final Seeds seeds;

    RequestSpace(Seeds seeds) {
        this.seeds = seeds;
    }

    /** The request a candidate makes: the model's own (start 0) or a random UUID's (start 1), with its edits. */
    ApiRequest request(SeededSearch.Candidate<Edit> candidate) {
        String id = candidate.start() == 0 ? seeds.modelId() : seeds.randomId();
        List<StringBuilder> tokens = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder(),
                new StringBuilder());
        char[] models = "models".toCharArray();
        for (Edit edit : candidate.edits()) {
            if (edit instanceof IdEdit idEdit) {
                id = idEdit.edit().applyTo(id);
            } else if (edit instanceof RouteToken token) {
                tokens.get(token.boundary()).append(token.token());
            } else if (edit instanceof ModelsLetter letter) {
                models[letter.index()] = Character.toUpperCase(models[letter.index()]);
            }
        }
        String route = "/" + tokens.get(1) + new String(models) + tokens.get(2) + "/" + tokens.get(3) + Routes.segment(id) + tokens.get(4);
        ApiRequest request = ApiRequest.get(route, "a generated near-miss of the documented request");
        for (Edit edit : candidate.edits()) {
            if (edit instanceof MethodChange change) {
                request = request.forFreshId(change.freshId()).withMethod(change.overrideField().isEmpty() ? change.method() : "POST");
                if (!change.overrideField().isEmpty()) {
                    request = request.withField(HeaderField.plain(change.overrideField(), "GET"));
                }
            }
        }
        KeyPresentation key = candidate.edits().stream().filter(KeyMoved.class::isInstance).map(KeyMoved.class::cast).findFirst()
                .map(moved -> moved.place().presentation(seeds.key())).orElse(seeds.validKey());
        return key.appliedTo(request);
    }

    @Override
    public SeededSearch.Candidate<Edit> draw(Random random) {
        int start = random.nextInt(4) > 0 ? 0 : 1;
        String id = start == 0 ? seeds.modelId() : seeds.randomId();
        List<Edit> edits = new ArrayList<>();
        for (int i = SeededSearch.editCount(random); i > 0; i--) {
            edits.add(edit(random, id));
        }
        return new SeededSearch.Candidate<>(start, edits);
    }

    private Edit edit(Random random, String id) {
        double part = random.nextDouble();
        if (part < 0.40) {
            List<Integer> hexDigits = new ArrayList<>();
            for (int i = 0; i < id.length(); i++) {
                if (Character.digit(id.charAt(i), 16) >= 0 && id.charAt(i) < 0x80) {
                    hexDigits.add(i);
                }
            }
            int at = hexDigits.get(random.nextInt(hexDigits.size()));
            int digit = (Character.digit(id.charAt(at), 16) + 1 + random.nextInt(15)) % 16;
            return new IdEdit(new TextEdit(TextEdit.Kind.REPLACE, at, Character.forDigit(digit, 16)));
        }
        if (part < 0.60) {
            TextEdit.Kind[] kinds = TextEdit.Kind.values();
            // the ends of an id half the time: where trimmers, suffix readers and pattern anchors go wrong
            double where = random.nextDouble();
            int position = where < 0.4 ? id.length() : where < 0.5 ? 0 : random.nextInt(id.length() + 1);
            return new IdEdit(new TextEdit(kinds[random.nextInt(kinds.length)], position,
                    ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length()))));
        }
        if (part < 0.70) {
            if (random.nextInt(5) == 0) {
                return new ModelsLetter(random.nextInt(6));
            }
            int boundary = 1 + random.nextInt(4);
            return new RouteToken(boundary, ROUTE_TOKENS.get(random.nextInt(ROUTE_TOKENS.size())));
        }
        if (part < 0.78) {
            UUID fresh = new UUID(random.nextLong(), random.nextLong());
            int choice = random.nextInt(METHODS.size() + OVERRIDE_FIELDS.size());
            return choice < METHODS.size() ? new MethodChange(METHODS.get(choice), "", fresh.toString())
                    : new MethodChange("POST", OVERRIDE_FIELDS.get(choice - METHODS.size()), fresh.toString());
        }
        return new KeyMoved(PLACES.get(random.nextInt(PLACES.size())));
    }

    /**
     * An input at all: one method and one place at most; a method other than GET only to its fresh UUID, so never with
     * the path or the id edited (the read-only guard would refuse it); never a path that climbs above the route's first
     * segment, which is whatever else serves the host; and not the documented request itself.
     */
    @Override
    public boolean admissible(SeededSearch.Candidate<Edit> candidate) {
        List<Edit> edits = candidate.edits();
        long methods = edits.stream().filter(MethodChange.class::isInstance).count();
        long places = edits.stream().filter(KeyMoved.class::isInstance).count();
        boolean pathEdited = edits.stream().anyMatch(edit -> edit instanceof IdEdit || edit instanceof RouteToken || edit instanceof ModelsLetter);
        boolean climbs = edits.stream().anyMatch(edit -> edit instanceof RouteToken token && token.boundary() == 1 && token.token().equals("../"));
        if (edits.isEmpty() || methods > 1 || places > 1 || methods == 1 && pathEdited || climbs) {
            return false;
        }
        ApiRequest request = request(candidate);
        ApiRequest documented = request(new SeededSearch.Candidate<>(candidate.start(), List.of()));
        return !(request.method().equals(documented.method()) && request.routeAndQuery().equals(documented.routeAndQuery())
                && request.fields().equals(documented.fields()));
    }

    @Override
    public String shown(SeededSearch.Candidate<Edit> candidate) {
        ApiRequest request = request(candidate);
        String query = request.query().stream().map(parameter -> parameter.name() + "=" + parameter.shown())
                .collect(Collectors.joining("&", "?", ""));
        return request.method() + " " + request.route() + (request.query().isEmpty() ? "" : query) + " with "
                + request.fields().stream().map(field -> field.name() + ": " + NearMissOutcome.readable(field.shown())).collect(Collectors.joining(", "));
    }

    @Override
    public String edits(SeededSearch.Candidate<Edit> candidate) {
        return (candidate.start() == 0 ? "from the model's id: " : "from a random UUID: ")
                + candidate.edits().stream().map(Edit::words).collect(Collectors.joining(", "))
                + " (" + candidate.edits().size() + (candidate.edits().size() == 1 ? " edit)" : " edits)");
    }
}
