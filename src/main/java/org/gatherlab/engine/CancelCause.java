package org.gatherlab.engine;

/** Why a task was cancelled; the first request wins. */
public enum CancelCause {
    /** A sibling failed inside a TaskGroup. */
    TASKGROUP("taskgroup"),
    /** A {@code timeoutMs} deadline cancelled the caller and it reached this task. */
    TIMEOUT("timeout"),
    /** The caller was cancelled ({@code run.cancelAtMs}) and it reached this task. */
    CALLER("caller"),
    /** The task's own {@code cancelAtMs}. */
    SELF("self"),
    /** {@code asyncio.run()}'s teardown ({@code onExit: cancel}). */
    EXIT("exit"),
    /** Java: a {@code StructuredTaskScope} was cancelled (first failure, or its joiner decided) and interrupted this subtask. */
    SCOPE("scope"),
    /** Java: {@code invokeAny} had its winner and cancelled the rest. */
    WINNER("winner");

    private final String json;

    CancelCause(String json) { this.json = json; }

    public String json() { return json; }

    public static CancelCause fromJson(String s) {
        for (CancelCause k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown cancel cause: " + s);
    }
}
