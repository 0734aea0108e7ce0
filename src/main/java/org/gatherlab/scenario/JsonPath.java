package org.gatherlab.scenario;

import java.util.Objects;

/**
 * A path into a scenario's JSON, written the way a person reads it: {@code $} for the root,
 * {@code tasks}, {@code tasks[2]}, {@code tasks[2].durationMs}.
 */
public record JsonPath(String text) implements Location {
    public static final JsonPath ROOT = new JsonPath("$");

    public JsonPath {
        Objects.requireNonNull(text, "text");
    }

    public JsonPath field(String name) {
        if (isPlain(name)) {
            return new JsonPath(isRoot() ? name : text + "." + name);
        }
        String bracketed = "[" + JsonText.quote(name) + "]";
        return new JsonPath(isRoot() ? bracketed : text + bracketed);
    }

    public JsonPath index(int i) {
        return new JsonPath((isRoot() ? "" : text) + "[" + i + "]");
    }

    /** Keys that would make a dotted path ambiguous (dots, brackets, spaces, empty) are written as ["key"] instead. */
    private static boolean isPlain(String key) {
        if (key.isEmpty()) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    public boolean isRoot() { return this.equals(ROOT); }

    @Override
    public String toString() { return text; }
}
