package conformance.marqtune.sweep;

import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The listing read as a stream: its elements one at a time, so that a listing of ten thousand models
 * is never one tree in memory, and the envelope around them apart, for its schema.
 */
final class ListingReader {

    /** Reads one value at a time from a parser that goes on past it: a trailing token is the next element. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ListingReader() {
    }

    /** An empty envelope for {@link #stream} to fill. */
    static ObjectNode emptySkeleton() {
        return JSON.createObjectNode();
    }

    /**
     * Reads the listing element by element, so that a large one is never held as one tree: each element
     * of {@code body.models} goes to {@code each}, everything else into {@code skeleton}, the envelope
     * without its elements. Returns how many elements there were.
     */
    static int stream(String listing, Consumer<JsonNode> each, ObjectNode skeleton) {
        int count = 0;
        try (JsonParser parser = JSON.createParser(listing)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                skeleton.set("(not an object)", JSON.readTree(parser));
                return 0;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("body") || !parser.hasToken(JsonToken.START_OBJECT)) {
                    skeleton.set(field, JSON.readTree(parser));
                    continue;
                }
                ObjectNode body = skeleton.putObject("body");
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String bodyField = parser.currentName();
                    parser.nextToken();
                    if (!bodyField.equals("models") || !parser.hasToken(JsonToken.START_ARRAY)) {
                        body.set(bodyField, JSON.readTree(parser));
                        continue;
                    }
                    body.putArray("models");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        each.accept(JSON.readTree(parser));
                        count++;
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw new TrailingContent();
            }
        }
        return count;
    }

    /** More after the end of the document: whatever it is, the body is no longer one JSON document. */
    static final class TrailingContent extends RuntimeException {
        TrailingContent() {
            super("content after the end of the JSON document", null, false, false);
        }
    }
}
