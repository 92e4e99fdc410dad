package conformance.marqtune.contract;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * JSON compared as values, as the contract means bodies (RFC 8259, JSON Schema's types): {@code 200}, {@code 200.0} and
 * {@code 2e2} are one integer, members come in any order, strings are their characters however escaped.
 */
public final class JsonValues {

    private JsonValues() {
    }

    public static boolean isInteger(JsonNode node, long value) {
        return isInteger(node) && node.decimalValue().compareTo(BigDecimal.valueOf(value)) == 0;
    }

    /** Whether {@code node} is a number with no fractional part, as JSON Schema's "integer" reads it. */
    public static boolean isInteger(JsonNode node) {
        return node != null && node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    /** Whether {@code a} and {@code b} are the same JSON value (both absent counts as the same). */
    public static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null || a.isMissingNode() || b.isMissingNode()) {
            return (a == null || a.isMissingNode()) && (b == null || b.isMissingNode());
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>(a.propertyNames());
            if (!names.equals(new TreeSet<>(b.propertyNames()))) {
                return false;
            }
            return names.stream().allMatch(name -> same(a.get(name), b.get(name)));
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<JsonNode> left = a.iterator();
            Iterator<JsonNode> right = b.iterator();
            while (left.hasNext()) {
                if (!same(left.next(), right.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    public static String shown(JsonNode node) {
        return node == null || node.isMissingNode() ? "(absent)" : node.toString();
    }
}
