package org.gatherlab.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a report names a Java run and lists its options. */
final class JavaRunText {
    private JavaRunText() {}

    /** A short Java-like name for the run, e.g. {@code StructuredTaskScope.open() · virtual threads on 4 carriers}. */
    static String label(RunSpec run) {
        String t = run.timeoutMs() == null ? null : Numbers.format(run.timeoutMs());
        String call = switch (run.strategy()) {
            case CF_ALLOF, CF_ANYOF -> (run.strategy() == Strategy.CF_ALLOF ? "CompletableFuture.allOf(...)" : "CompletableFuture.anyOf(...)")
                    + (t == null ? "" : ".orTimeout(" + t + " ms)") + ".join()";
            case INVOKE_ALL -> t == null ? "invokeAll(tasks)" : "invokeAll(tasks, " + t + " ms)";
            case INVOKE_ANY -> t == null ? "invokeAny(tasks)" : "invokeAny(tasks, " + t + " ms)";
            case STRUCTURED -> "StructuredTaskScope.open(" + (run.joiner() == ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW ? "" : "Joiner." + run.joiner().json() + "()")
                    + ")" + (t == null ? "" : " · withTimeout " + t + " ms");
            case SEQUENTIAL, GATHER, TASKGROUP, WAIT, AS_COMPLETED -> throw new IllegalArgumentException(run.strategy().json());
        };
        int cores = run.cores();
        String on = run.threads() == JavaThreads.VIRTUAL
                ? "virtual threads on " + cores + (cores == 1 ? " carrier" : " carriers")
                : "fixed pool of " + cores + " platform " + (cores == 1 ? "thread" : "threads");
        return call + " · " + on;
    }

    static Map<String, Object> options(RunSpec run) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("threads", run.threads().json());
        o.put("cores", run.cores());
        if (run.strategy() == Strategy.STRUCTURED) o.put("joiner", run.joiner().json());
        if (run.timeoutMs() != null) o.put("timeoutMs", run.timeoutMs());
        return o;
    }
}
