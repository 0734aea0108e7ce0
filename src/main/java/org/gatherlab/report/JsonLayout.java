package org.gatherlab.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import org.gatherlab.engine.jvm.Fields;
import org.gatherlab.engine.jvm.Said;

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

    private static final String[] INDENTS = new String[16];

    static {
        for (int i = 0; i < INDENTS.length; i++) INDENTS[i] = "  ".repeat(i);
    }

    /** Two spaces a level (the levels a report has made once: each event's line asked for its indent anew). */
    static String indent(int depth) {
        return depth < INDENTS.length ? INDENTS[depth] : "  ".repeat(depth);
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

        /** A member from the Java object model ({@link #writeValue}). */
        void value(String name, Object value) throws IOException {
            key(name);
            writeValue(value, depth + 1, out);
        }

        Arr array(String name) throws IOException {
            key(name);
            return new Arr(out, depth + 1);
        }

        Obj object(String name) throws IOException {
            key(name);
            return new Obj(out, depth + 1);
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

        void next() throws IOException {
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

    /**
     * A value of the Java object model (ordered maps, lists, strings, {@link Said}, numbers, booleans, null: what a
     * Java run's {@code java} objects are made of), laid out exactly as {@link #write} lays out the same value as a
     * tree of nodes, but straight from the objects: no node is made. At 100,000 tasks the nodes of the tasks'
     * {@code java} objects were a large part of what a Java run cost beyond a Python one.
     */
    static void writeValue(Object value, int depth, Writer out) throws IOException {
        Object v = value instanceof Map<?, ?> m ? Members.of(m) : value;
        if (isFlat(v)) {
            inlineValue(v, out);
        } else if (v instanceof Members m) {
            Obj o = new Obj(out, depth);
            for (int i = 0; i < m.size(); i++) o.value(m.key(i), m.value(i));
            o.end();
        } else {
            Arr a = new Arr(out, depth);
            for (Object child : (List<?>) v) {
                a.next();
                writeValue(child, depth + 1, out);
            }
            a.end();
        }
    }

    /**
     * A map's members, read once: a Java task's {@code java} object is a view that makes its members (and its words)
     * each time it is asked for them, so the layout asks once and looks at them twice (flat or not, then write). A
     * {@link Fields} map gives its shared keys and one fresh array of values: no entry is made.
     */
    record Members(List<?> keys, Object[] values) {
        static Members of(Map<?, ?> m) {
            if (m instanceof Fields f) return new Members(f.keys(), f.valueArray());
            List<Object> keys = new ArrayList<>(m.size()), values = new ArrayList<>(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                keys.add(e.getKey());
                values.add(e.getValue());
            }
            return new Members(keys, values.toArray());
        }

        int size() { return values.length; }

        String key(int i) { return String.valueOf(keys.get(i)); }

        Object value(int i) { return values[i]; }
    }

    /** {@link #isFlat(JsonNode)} for the Java object model. */
    private static boolean isFlat(Object value) {
        if (value instanceof Members m) {
            for (Object child : m.values()) if (!flatChild(child, false)) return false;
        } else if (value instanceof List<?> l) {
            for (Object child : l) if (!flatChild(child, true)) return false;
        }
        return true;
    }

    private static boolean flatChild(Object child, boolean inList) {
        if (child instanceof Map<?, ?> m) return m.isEmpty();
        if (child instanceof List<?> l) {
            if (inList) return false;
            for (Object grandchild : l) if (grandchild instanceof Map<?, ?> || grandchild instanceof List<?>) return false;
        }
        return true;
    }

    private static void inlineValue(Object value, Writer out) throws IOException {
        switch (value) {
            case Map<?, ?> m -> inlineValue(Members.of(m), out);
            case Members m -> {
                out.append('{');
                String sep = "";
                for (int i = 0; i < m.size(); i++) {
                    out.append(sep);
                    quote(m.key(i), out).append(": ");
                    inlineValue(m.value(i), out);
                    sep = ", ";
                }
                out.append('}');
            }
            case List<?> l -> {
                out.append('[');
                String sep = "";
                for (Object child : l) {
                    out.append(sep);
                    inlineValue(child, out);
                    sep = ", ";
                }
                out.append(']');
            }
            case String text -> quote(text, out);
            case Said said -> quoteSaid(said, out);
            case null -> out.append("null");
            default -> scalar(Values.plain(value), out);
        }
    }

    /** A plain value ({@link Values#plain}) as its node would print: whole numbers as integers, non-finite as null. */
    private static void scalar(Object plain, Writer out) throws IOException {
        switch (plain) {
            case null -> out.append("null");
            case Boolean b -> out.append(b ? "true" : "false");
            case Long l -> out.append(Long.toString(l));
            case Double d -> out.append(Values.isWhole(d) ? Long.toString((long) d.doubleValue())
                    : Double.isFinite(d) ? Double.toString(d) : "null");
            default -> quote(plain.toString(), out);
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

    /**
     * A sentence kept as facts, in the report's words (English), worded straight into a builder the output keeps for it
     * and quoted from there: a Java task's words are a sentence of four or five parts, and each part worded to a string
     * of its own, then the whole, was a good part of what a Java run's report made beyond a Python one's.
     */
    private static void quoteSaid(Said said, Writer out) throws IOException {
        StringBuilder words = out instanceof TextBuffer buffer ? buffer.scratch() : new StringBuilder();
        OutcomeWords.english().said(said, words);
        int n = words.length();
        char[] chars = out instanceof TextBuffer buffer ? buffer.chars(n) : new char[n];
        words.getChars(0, n, chars, 0);
        quote(chars, n, out);
    }

    /** Jackson's own string escaping, without building a generator per string, and DEL and C1 escaped. */
    static Writer quote(String text, Writer out) throws IOException {
        int n = text.length();
        char[] chars = out instanceof TextBuffer buffer ? buffer.chars(n) : new char[n];
        text.getChars(0, n, chars, 0);
        return quote(chars, n, out);
    }

    private static final int PLAIN = 0, QUOTES = 1, CONTROLS = 2;

    /**
     * What {@link #quote} must do to the first {@code n} of {@code text}: nothing ({@link #PLAIN}), escape only quotes
     * and backslashes ({@link #QUOTES}: a Java task's words quote its value, {@code returned "t1"}), or more (a control
     * character, DEL or C1: {@link #CONTROLS}).
     */
    private static int escapes(char[] text, int n) {
        int kind = PLAIN;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c < 0x20 || c >= 0x7F && c <= 0x9F) return CONTROLS;
            if (c == '"' || c == '\\') kind = QUOTES;
        }
        return kind;
    }

    /**
     * The first {@code n} characters of {@code text}, quoted: scanned and copied as an array (the text is a name, a
     * value or a Java task's words, copied out of its string or builder once), which the launcher's C1 compiles to a
     * plain loop where a string's or a builder's {@code charAt} is a call per character.
     */
    private static Writer quote(char[] text, int n, Writer out) throws IOException {
        out.append('"');
        int kind = escapes(text, n);
        if (kind == PLAIN) {                                          // most names and words: nothing to escape
            out.write(text, 0, n);
            return out.append('"');
        }
        if (kind == QUOTES) {                                        // Jackson's \" and \\, without Jackson's copy
            int from = 0;
            for (int i = 0; i < n; i++) {
                char c = text[i];
                if (c != '"' && c != '\\') continue;
                out.write(text, from, i - from);
                out.append('\\').append(c);
                from = i + 1;
            }
            out.write(text, from, n - from);
            return out.append('"');
        }
        char[] escaped = JsonStringEncoder.getInstance().quoteAsString(new String(text, 0, n));
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
