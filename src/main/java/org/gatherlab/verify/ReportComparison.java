package org.gatherlab.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two reports of one run, the engine's and CPython's ({@code src/site/markdown/scenario-contract.md#report}), compared
 * field by field: every
 * field but {@code label} (the engine's wording) and {@code events} (only the engine has them); {@code tasks} is
 * compared task by task and field by field, {@code options} and {@code outcome} member by member. Numbers compare by
 * value ({@code 100} equals {@code 100.0}).
 */
public final class ReportComparison {
    private ReportComparison() {}

    /** Fields not compared. */
    public static final Set<String> SKIPPED = Set.of("label", "events");

    /**
     * One compared field.
     *
     * @param field   {@code returnedAtMs}, {@code outcome.exception}, or {@code tasks[A].endMs}
     * @param engine  the engine's value as JSON text, or "—" when it has none
     * @param cpython CPython's value as JSON text, or "—"
     */
    public record Row(String field, String engine, String cpython, boolean differs) {}

    public static final String ABSENT = "—";

    public static List<Row> compare(JsonNode engine, JsonNode cpython) {
        List<Row> rows = new ArrayList<>();
        for (String field : union(engine, cpython)) {
            if (SKIPPED.contains(field)) continue;
            if (field.equals("tasks") && engine.path("tasks").isArray() && cpython.path("tasks").isArray()) {
                tasks(engine.path("tasks"), cpython.path("tasks"), rows);
            } else if (engine.path(field).isObject() && cpython.path(field).isObject()) {
                // options and outcome: one row per member, so each value stays short and a difference is pinpointed.
                for (String member : union(engine.get(field), cpython.get(field))) {
                    rows.add(row(field + "." + member, engine.get(field).get(member), cpython.get(field).get(member)));
                }
            } else {
                rows.add(row(field, engine.get(field), cpython.get(field)));
            }
        }
        return rows;
    }

    private static void tasks(JsonNode engine, JsonNode cpython, List<Row> rows) {
        Map<String, JsonNode> ours = byName(engine), theirs = byName(cpython);
        Set<String> names = new LinkedHashSet<>(ours.keySet());
        names.addAll(theirs.keySet());
        for (String name : names) {
            JsonNode a = ours.get(name), b = theirs.get(name);
            if (a == null || b == null) {
                rows.add(row("tasks[" + name + "]", a, b));
                continue;
            }
            for (String field : union(a, b)) {
                if (field.equals("name")) continue;
                rows.add(row("tasks[" + name + "]." + field, a.get(field), b.get(field)));
            }
        }
    }

    private static Map<String, JsonNode> byName(JsonNode tasks) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode t : tasks) out.put(t.path("name").asText(), t);
        return out;
    }

    private static Set<String> union(JsonNode a, JsonNode b) {
        Set<String> out = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(out::add);
        b.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Row row(String field, JsonNode a, JsonNode b) {
        return new Row(field, show(a), show(b), !same(a, b));
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) return a == b;
        if (a.isNumber() && b.isNumber()) return a.doubleValue() == b.doubleValue();
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!same(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (!union(a, b).equals(keys(a)) || a.size() != b.size()) return false;
            for (String k : keys(a)) if (!same(a.get(k), b.get(k))) return false;
            return true;
        }
        return a.equals(b);
    }

    private static Set<String> keys(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** JSON on one line with a space after each comma and colon: {@code {"kind": "raised", "tasks": ["B"]}}. */
    static String show(JsonNode n) {
        if (n == null) return ABSENT;
        StringBuilder out = new StringBuilder();
        inline(n, out);
        return out.toString();
    }

    private static void inline(JsonNode n, StringBuilder out) {
        if (n.isObject()) {
            out.append('{');
            String sep = "";
            for (var it = n.properties().iterator(); it.hasNext(); sep = ", ") {
                var f = it.next();
                out.append(sep).append('"').append(f.getKey()).append("\": ");
                inline(f.getValue(), out);
            }
            out.append('}');
        } else if (n.isArray()) {
            out.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) out.append(", ");
                inline(n.get(i), out);
            }
            out.append(']');
        } else {
            out.append(n.toString());
        }
    }
}
