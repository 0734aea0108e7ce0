package org.gatherlab.engine.jvm;

/** How a task's body ({@code Callable.call()}) ended, whatever its handle says. */
public enum BodyEnd {
    /** Returned its value. */
    RETURNED("returned"),
    /** Threw {@code TaskFailed}. */
    THREW("threw"),
    /** {@code Thread.sleep} threw {@code InterruptedException}. */
    INTERRUPTED("interrupted"),
    /** Cancelled before a thread took it (or before its virtual thread got a carrier); its {@code FutureTask} or {@code CompletableFuture} task skipped it. */
    NEVER_RAN("never-ran"),
    /** Still running when the app's Stop ended a real run: cut there, it has no end (nothing after a Stop is recorded). */
    STOPPED("stopped");

    private final String json;

    BodyEnd(String json) { this.json = json; }

    public String json() { return json; }

    public static BodyEnd fromJson(String s) {
        for (BodyEnd k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown body end: " + s);
    }
}
