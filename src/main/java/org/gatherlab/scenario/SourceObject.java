package org.gatherlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The JSON object a scenario, task or run was read from, kept so that saving the file again preserves what
 * the model does not hold: fields this version does not know (in their order) and which known fields the
 * author spelled out even at their default value. Immutable: the tree is never handed out.
 */
public final class SourceObject {
    private static final SourceObject EMPTY = new SourceObject(JsonNodeFactory.instance.objectNode());

    private final ObjectNode node;

    private SourceObject(ObjectNode node) { this.node = node; }

    /** What a scenario, task or run made in the app (not read from a file) starts from. */
    public static SourceObject empty() { return EMPTY; }

    /** Takes a copy, so the caller may go on changing {@code node}. */
    public static SourceObject of(ObjectNode node) { return new SourceObject(node.deepCopy()); }

    /** Wraps a tree that nobody else holds on to; the reader's own trees need no copy. */
    static SourceObject owning(ObjectNode node) { return new SourceObject(node); }

    /** Whether the object had this field (so a default value written there is written again). */
    public boolean has(String field) { return node.has(field); }

    /** Every field name, in the file's order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(node.size());
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The fields whose names are not in {@code known}, in the file's order, as copies. */
    ObjectNode fieldsOutside(Collection<String> known) {
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        for (var field : node.properties()) {
            if (!known.contains(field.getKey())) rest.set(field.getKey(), field.getValue().deepCopy());
        }
        return rest;
    }

    /** The value of a field as JSON text, or null when absent: for showing unknown fields, not for editing them. */
    public String json(String field) {
        JsonNode value = node.get(field);
        return value == null ? null : JsonText.inline(value);
    }

    @Override
    public boolean equals(Object o) { return o instanceof SourceObject other && node.equals(other.node); }

    @Override
    public int hashCode() { return Objects.hash(node); }

    @Override
    public String toString() { return JsonText.inline(node); }
}
