package org.gatherlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The layout of a saved scenario, as in the contract's example: one top-level field per line, and one task
 * or run per line, so a diff of two versions shows which task changed.
 */
final class ScenarioPrinter {
    private static final String INDENT = "  ";
    private static final Set<String> ONE_PER_LINE = Set.of(ScenarioFields.TASKS, ScenarioFields.RUNS);

    private ScenarioPrinter() {}

    static String print(ObjectNode top) {
        StringBuilder out = new StringBuilder("{\n");
        Iterator<Map.Entry<String, JsonNode>> fields = top.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.append(INDENT).append(JsonText.quote(field.getKey())).append(": ");
            JsonNode value = field.getValue();
            if (ONE_PER_LINE.contains(field.getKey()) && value.isArray() && !value.isEmpty()) {
                out.append("[\n");
                for (int i = 0; i < value.size(); i++) {
                    out.append(INDENT).append(INDENT);
                    JsonText.appendInline(value.get(i), out);
                    out.append(i + 1 < value.size() ? ",\n" : "\n");
                }
                out.append(INDENT).append(']');
            } else {
                JsonText.appendInline(value, out);
            }
            out.append(fields.hasNext() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }
}
