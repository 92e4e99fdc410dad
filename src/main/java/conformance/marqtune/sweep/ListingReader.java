package conformance.marqtune.sweep;

import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The listing read as a stream, element by element, so ten thousand models are never one tree; the envelope apart. */
final class ListingReader {

    /** Reads one value at a time from a parser that goes on past it: a trailing token is the next element. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ListingReader() {
    }

    static ObjectNode emptySkeleton() {
        return JSON.createObjectNode();
    }

    /** Elements of {@code body.models} go to {@code each}, the rest to {@code skeleton}; returns their count. */
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
