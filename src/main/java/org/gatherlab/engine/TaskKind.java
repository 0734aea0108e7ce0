package org.gatherlab.engine;

/** What a task's work is: a timer the loop can overlap ({@code io}), or computation that holds a thread ({@code cpu}). */
public enum TaskKind {
    IO("io"), CPU("cpu");

    private final String json;

    TaskKind(String json) { this.json = json; }

    /** The spelling used in scenario files and reports. */
    public String json() { return json; }

    public static TaskKind fromJson(String s) {
        for (TaskKind k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown kind: " + s);
    }
}
