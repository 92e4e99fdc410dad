package conformance.marqtune.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON written every other way RFC 8259 allows for the same value (members reversed, names and strings escaped,
 * integers as {@code 2.00E2}, whitespace): a suite that compares text instead of values fails on it.
 */
final class JsonWrittenOtherwise {

    private JsonWrittenOtherwise() {
    }

    static String write(JsonNode node) {
        StringBuilder text = new StringBuilder();
        write(node, text, "");
        return text.toString();
    }

    private static void write(JsonNode node, StringBuilder text, String indent) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            Collections.reverse(members);
            text.append("{");
            for (int i = 0; i < members.size(); i++) {
                text.append(i == 0 ? "" : ",").append("\n").append(indent).append("  ");
                String name = members.get(i).getKey();
                text.append('"').append(name.isEmpty() ? "" : String.format("\\u%04x", (int) name.charAt(0)))
                        .append(escaped(name.isEmpty() ? "" : name.substring(1))).append("\" : ");
                write(members.get(i).getValue(), text, indent + "  ");
            }
            text.append(members.isEmpty() ? "" : "\n" + indent).append("}");
        } else if (node.isArray()) {
            text.append("[ ");
            for (int i = 0; i < node.size(); i++) {
                text.append(i == 0 ? "" : " , ");
                write(node.get(i), text, indent);
            }
            text.append(" ]");
        } else if (node.isString()) {
            text.append('"').append(escaped(node.asString())).append('"');
        } else if (node.isIntegralNumber()) {
            BigDecimal value = node.decimalValue();
            int digits = value.abs().toPlainString().length() - 1;
            text.append(value.movePointLeft(digits).setScale(Math.max(2, digits), java.math.RoundingMode.UNNECESSARY).toPlainString())
                    .append("E").append(digits);
        } else {
            text.append(node.toString());
        }
    }

    private static String escaped(String value) {
        StringBuilder text = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c == '/') {
                text.append("\\/");
            } else if (c < 0x21 || c > 0x7e) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
