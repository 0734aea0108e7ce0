package org.gatherlab.engine;

/** Which clock a run used: exact virtual milliseconds, or measured real time. */
public enum ClockKind {
    VIRTUAL("virtual"), REAL("real");

    private final String json;

    ClockKind(String json) { this.json = json; }

    public String json() { return json; }

    public static ClockKind fromJson(String s) {
        for (ClockKind k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown clock: " + s);
    }
}
