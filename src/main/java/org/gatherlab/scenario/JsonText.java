package org.gatherlab.scenario;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** JSON text for single values: in files (exact) and in problem messages (short). */
final class JsonText {
    /** Longest value shown in a message; beyond it the value is cut and ends in "...". */
    private static final int SHOWN_MAX = 60;
    /** Longest number written out in plain digits before switching to an exponent (1E+400, not 401 digits). */
    private static final int PLAIN_NUMBER_MAX = 24;

    private JsonText() {}

    /**
     * A JSON string literal. Jackson escapes the JSON-mandatory characters; lone surrogates are escaped here,
     * because encoded to UTF-8 they would silently turn into '?' and the file would no longer hold the value read.
     */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        StringBuilder escaped = new StringBuilder();
        JsonStringEncoder.getInstance().quoteAsString(s, escaped);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < escaped.length() && Character.isLowSurrogate(escaped.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(escaped.charAt(i - 1)));
            if (paired) out.append(c);
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out.append('"').toString();
    }

    /** A number as a person writes it: no ".0" on integers, no trailing zeros, an exponent only for extremes. */
    static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        // Judged before toPlainString, which would spell 1e999999999 out as a billion digits.
        boolean shortWhenPlain = Math.abs((long) v.scale()) <= PLAIN_NUMBER_MAX
                && (long) v.precision() - v.scale() <= PLAIN_NUMBER_MAX;
        if (!shortWhenPlain) return v.toString();
        String plain = v.toPlainString();
        return plain.length() <= PLAIN_NUMBER_MAX ? plain : v.toString();
    }

    static String number(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        return number(new BigDecimal(Double.toString(value)));
    }

    /** Exact JSON for a value, on one line, with ", " and ": " between items as the scenario files use. */
    static String inline(JsonNode node) {
        StringBuilder out = new StringBuilder();
        appendInline(node, out);
        return out.toString();
    }

    static void appendInline(JsonNode node, StringBuilder out) {
        switch (node) {
            case ObjectNode object -> {
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.append(quote(field.getKey())).append(": ");
                    appendInline(field.getValue(), out);
                    if (fields.hasNext()) out.append(", ");
                }
                out.append('}');
            }
            case ArrayNode array -> {
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) out.append(", ");
                    appendInline(array.get(i), out);
                }
                out.append(']');
            }
            case TextNode text -> out.append(quote(text.textValue()));
            case NumericNode n -> out.append(exactNumber(n));
            case BooleanNode b -> out.append(b.booleanValue());
            case NullNode ignored -> out.append("null");
            case POJONode p when p.getPojo() instanceof NumberLiteral n -> out.append(n.text());
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    /** The number as read, digit for digit where the node holds the digits (so unknown fields re-save unchanged). */
    private static String exactNumber(NumericNode n) {
        if (n.isBigDecimal()) return n.decimalValue().toString();
        if (n.isFloatingPointNumber()) return Double.toString(n.doubleValue());
        return n.bigIntegerValue().toString();
    }

    /** A value for a problem message: JSON, numbers without ".0", long values cut short. */
    static String show(JsonNode node) {
        String json = switch (node) {
            case NumericNode n when n.isFloatingPointNumber() && !n.isBigDecimal() && !Double.isFinite(n.doubleValue()) -> Double.toString(n.doubleValue());
            case NumericNode n -> number(n.decimalValue());
            default -> inline(node);
        };
        if (json.codePointCount(0, json.length()) <= SHOWN_MAX) return json;
        return json.substring(0, json.offsetByCodePoints(0, SHOWN_MAX - 3)) + "...";
    }
}
