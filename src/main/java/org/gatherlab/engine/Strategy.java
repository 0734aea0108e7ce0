package org.gatherlab.engine;

/** How the caller awaits the tasks: one reference program of the contract's section 2 each. */
public enum Strategy {
    SEQUENTIAL("sequential"), GATHER("gather"), TASKGROUP("taskgroup"), WAIT("wait"), AS_COMPLETED("as_completed");

    private final String json;

    Strategy(String json) { this.json = json; }

    public String json() { return json; }

    public static Strategy fromJson(String s) {
        for (Strategy k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown strategy: " + s);
    }

    /** Whether {@code returnExceptions} means something for this strategy. */
    public boolean acceptsReturnExceptions() {
        return this == SEQUENTIAL || this == GATHER || this == AS_COMPLETED;
    }
}
