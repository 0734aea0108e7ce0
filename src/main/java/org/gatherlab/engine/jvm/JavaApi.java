package org.gatherlab.engine.jvm;

/** Which Java call awaits the tasks; each is one program shape of {@code src/site/markdown/java-strategies.md}. */
public enum JavaApi {
    /** {@code CompletableFuture.allOf(cfs).join()}, each task a {@code supplyAsync} on the run's executor. */
    CF_ALLOF("cf-allof", "CompletableFuture.allOf(...).join()"),
    /** {@code CompletableFuture.anyOf(cfs).join()}. */
    CF_ANYOF("cf-anyof", "CompletableFuture.anyOf(...).join()"),
    /** {@code executor.invokeAll(tasks)}, or {@code invokeAll(tasks, timeout, MILLISECONDS)}. */
    INVOKE_ALL("invoke-all", "executor.invokeAll(tasks)"),
    /** {@code executor.invokeAny(tasks)}, or {@code invokeAny(tasks, timeout, MILLISECONDS)}. */
    INVOKE_ANY("invoke-any", "executor.invokeAny(tasks)"),
    /** {@code try (var scope = StructuredTaskScope.open(joiner)) { fork...; scope.join(); }} (JDK 25 preview). */
    STRUCTURED("structured", "StructuredTaskScope.open(...).join()");

    private final String json;
    private final String call;

    JavaApi(String json, String call) {
        this.json = json;
        this.call = call;
    }

    /** The spelling used in scenario files and reports (the run's {@code strategy}). */
    public String json() { return json; }

    /** The Java expression the caller waits in, as a person would write it. */
    public String call() { return call; }

    /** Whether the call is made on an {@code ExecutorService} (everything but {@link #STRUCTURED}). */
    public boolean usesExecutor() { return this != STRUCTURED; }

    public static JavaApi fromJson(String s) {
        for (JavaApi k : values()) if (k.json.equals(s)) return k;
        throw new IllegalArgumentException("unknown Java strategy: " + s);
    }
}
