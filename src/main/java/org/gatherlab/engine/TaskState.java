package org.gatherlab.engine;

/** How a task ended. */
public enum TaskState {
    SUCCEEDED("succeeded"), FAILED("failed"), CANCELLED("cancelled"), NOT_STARTED("not-started");

    private final String json;

    TaskState(String json) { this.json = json; }

    public String json() { return json; }

    public static TaskState fromJson(String s) {
        for (TaskState k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown state: " + s);
    }
}
