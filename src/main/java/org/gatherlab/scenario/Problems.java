package org.gatherlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one file, collected in the order the validator walks the document (its own key order).
 * A key given twice is placed right after the problems of its first occurrence, which is where a person
 * reading the list top to bottom expects it.
 */
final class Problems {
    private final String fileLabel;
    private final List<Problem> found = new ArrayList<>();
    private final Map<String, List<Problem>> duplicatesByPath = new LinkedHashMap<>();

    Problems(String fileLabel, List<Problem> duplicates) {
        this.fileLabel = fileLabel;
        for (Problem p : duplicates) duplicatesByPath.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
    }

    void add(JsonPath path, String message) {
        found.add(new Problem(fileLabel, path, message));
    }

    /** Call once a field has been checked: reports the keys given twice at it or anywhere inside its value. */
    void fieldDone(JsonPath path, JsonNode value) {
        if (duplicatesByPath.isEmpty()) return;
        List<Problem> here = duplicatesByPath.remove(path.text());
        if (here != null) found.addAll(here);
        if (value.isObject()) {
            for (var field : value.properties()) fieldDone(path.field(field.getKey()), field.getValue());
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) fieldDone(path.index(i), value.get(i));
        }
    }

    boolean isEmpty() { return found.isEmpty() && duplicatesByPath.isEmpty(); }

    int count() { return found.size(); }

    List<Problem> all() {
        List<Problem> all = new ArrayList<>(found);
        // Keys inside a value that was itself given twice belong to no kept node; they still count.
        duplicatesByPath.values().forEach(all::addAll);
        return all;
    }

    String fileLabel() { return fileLabel; }
}
