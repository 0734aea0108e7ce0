package org.gatherlab.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Pretty-prints JSON the way the contract's example is laid out: a container whose members are all
 * scalars (or lists of scalars) stays on one line, {@code {"name": "A", "state": "succeeded"}}; any other
 * container puts one member per line. A report with thousands of events then reads one event per line.
 * Scalars are spelled by Jackson, so strings are escaped correctly; DEL and the C1 controls, which JSON
 * allows raw but a terminal may act on, are escaped too. {@link Obj} and {@link Arr} write the outer levels
 * as they go, straight to the output, so a huge report is never held as one tree or one string.
 */
final class JsonLayout {
    private JsonLayout() {}

    static String indent(int depth) {
        return "  ".repeat(depth);
    }

    /** An object being written member by member; {@link #end()} closes it. */
    static final class Obj {
        private final Writer out;
        private final int depth;
        private boolean empty = true;

        private Obj(Writer out, int depth) throws IOException {
            this.out = out;
            this.depth = depth;
            out.append('{');
        }

        private void key(String name) throws IOException {
            out.append(empty ? "\n" : ",\n").append(indent(depth + 1));
            quote(name, out).append(": ");
            empty = false;
        }

        void field(String name, JsonNode value) throws IOException {
            key(name);
            write(value, depth + 1, out);
        }

        Arr array(String name) throws IOException {
            key(name);
            return new Arr(out, depth + 1);
        }

        void end() throws IOException {
            out.append(empty ? "}" : "\n" + indent(depth) + "}");
        }
    }

    /** An array being written element by element; {@link #end()} closes it. */
    static final class Arr {
        private final Writer out;
        private final int depth;
        private boolean empty = true;

        private Arr(Writer out, int depth) throws IOException {
            this.out = out;
            this.depth = depth;
            out.append('[');
        }

        private void next() throws IOException {
            out.append(empty ? "\n" : ",\n").append(indent(depth + 1));
            empty = false;
        }

        void element(JsonNode value) throws IOException {
            next();
            write(value, depth + 1, out);
        }

        Obj object() throws IOException {
            next();
            return new Obj(out, depth + 1);
        }

        void end() throws IOException {
            out.append(empty ? "]" : "\n" + indent(depth) + "]");
        }
    }

    static Obj object(Writer out, int depth) throws IOException {
        return new Obj(out, depth);
    }

    static void write(JsonNode node, int depth, Writer out) throws IOException {
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

    private static void inline(JsonNode node, Writer out) throws IOException {
        if (node.isObject()) {
            out.append('{');
            String sep = "";
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); sep = ", ") {
                Map.Entry<String, JsonNode> f = it.next();
                out.append(sep);
                quote(f.getKey(), out).append(": ");
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

    /** Whether {@link #quote} would write {@code text} as it is: no control character, quote, backslash, DEL or C1. */
    private static boolean plain(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F && c <= 0x9F) return false;
        }
        return true;
    }

    /** Jackson's own string escaping, without building a generator per string, and DEL and C1 escaped. */
    static Writer quote(String text, Writer out) throws IOException {
        out.append('"');
        if (plain(text)) return out.append(text).append('"');    // most names and words: nothing to escape, nothing to copy
        char[] escaped = JsonStringEncoder.getInstance().quoteAsString(text);
        int from = 0;
        for (int i = 0; i < escaped.length; i++) {
            char c = escaped[i];
            if (c >= 0x7F && c <= 0x9F) {
                out.write(escaped, from, i - from);
                out.write(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                from = i + 1;
            }
        }
        out.write(escaped, from, escaped.length - from);
        return out.append('"');
    }
}
