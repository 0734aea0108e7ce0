package org.gatherlab.report;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Pretty-prints JSON the way the contract's example is laid out: a container whose members are all
 * scalars (or lists of scalars) stays on one line, {@code {"name": "A", "state": "succeeded"}}; any other
 * container puts one member per line. A report with thousands of events then reads one event per line.
 * Scalars are spelled by Jackson, so strings are escaped correctly. {@link Obj} and {@link Arr} write the
 * outer levels as they go, so a huge report is never held as one tree.
 */
final class JsonLayout {
    private JsonLayout() {}

    static String indent(int depth) {
        return "  ".repeat(depth);
    }

    /** An object being written member by member; {@link #end()} closes it. */
    static final class Obj {
        private final StringBuilder out;
        private final int depth;
        private boolean empty = true;

        private Obj(StringBuilder out, int depth) {
            this.out = out;
            this.depth = depth;
            out.append('{');
        }

        private void key(String name) {
            quote(name, out.append(empty ? "\n" : ",\n").append(indent(depth + 1))).append(": ");
            empty = false;
        }

        void field(String name, JsonNode value) {
            key(name);
            write(value, depth + 1, out);
        }

        Arr array(String name) {
            key(name);
            return new Arr(out, depth + 1);
        }

        void end() {
            out.append(empty ? "}" : "\n" + indent(depth) + "}");
        }
    }

    /** An array being written element by element; {@link #end()} closes it. */
    static final class Arr {
        private final StringBuilder out;
        private final int depth;
        private boolean empty = true;

        private Arr(StringBuilder out, int depth) {
            this.out = out;
            this.depth = depth;
            out.append('[');
        }

        private void next() {
            out.append(empty ? "\n" : ",\n").append(indent(depth + 1));
            empty = false;
        }

        void element(JsonNode value) {
            next();
            write(value, depth + 1, out);
        }

        Obj object() {
            next();
            return new Obj(out, depth + 1);
        }

        void end() {
            out.append(empty ? "]" : "\n" + indent(depth) + "]");
        }
    }

    static Obj object(StringBuilder out, int depth) {
        return new Obj(out, depth);
    }

    static void write(JsonNode node, int depth, StringBuilder out) {
        if (isFlat(node)) {
            inline(node, out);
        } else if (node.isObject()) {
            Obj o = new Obj(out, depth);
            for (Map.Entry<String, JsonNode> f : node.properties()) o.field(f.getKey(), f.getValue());
            o.end();
        } else {
            Arr a = new Arr(out, depth);
            for (JsonNode child : node) a.element(child);
            a.end();
        }
    }

    /** Scalars, empty containers, and containers of scalars or of lists of scalars. */
    private static boolean isFlat(JsonNode node) {
        if (!node.isContainerNode() || node.isEmpty()) return true;
        for (JsonNode child : node) {
            if (child.isObject() && !child.isEmpty()) return false;
            if (child.isArray()) {
                if (node.isArray()) return false;
                for (JsonNode grandchild : child) if (grandchild.isContainerNode()) return false;
            }
        }
        return true;
    }

    private static void inline(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            String sep = "";
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); sep = ", ") {
                Map.Entry<String, JsonNode> f = it.next();
                quote(f.getKey(), out.append(sep)).append(": ");
                inline(f.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            String sep = "";
            for (JsonNode child : node) {
                out.append(sep);
                inline(child, out);
                sep = ", ";
            }
            out.append(']');
        } else if (node.isTextual()) {
            quote(node.textValue(), out);
        } else {
            // Numbers, booleans, null: Jackson's spelling, which for a double is Double.toString.
            out.append(node.isNumber() || node.isBoolean() || node.isNull() ? node.asText() : node.toString());
        }
    }

    /** Jackson's own string escaping, without building a generator per string. */
    static StringBuilder quote(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        return out.append('"');
    }
}
