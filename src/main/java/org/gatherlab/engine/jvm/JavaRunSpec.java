package org.gatherlab.engine.jvm;

import org.gatherlab.engine.Numbers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One Java run over a scenario's tasks: which call, on which threads, with how many cores, and for
 * {@link JavaApi#STRUCTURED} which joiner. {@code timeoutMs} is null when absent; what it means depends on the call:
 * <ul>
 *   <li>{@code cf-allof}, {@code cf-anyof}: {@code .orTimeout(t, MILLISECONDS)} on the combined future; it completes
 *       that future with {@code TimeoutException} and cancels nothing: the tasks run on;</li>
 *   <li>{@code invoke-all}: {@code invokeAll(tasks, t, MILLISECONDS)}: returns at the deadline, unfinished tasks cancelled
 *       ({@code cancel(true)}: interrupted);</li>
 *   <li>{@code invoke-any}: {@code invokeAny(tasks, t, MILLISECONDS)}: {@code TimeoutException} if nothing succeeded by
 *       then, unfinished tasks cancelled;</li>
 *   <li>{@code structured}: {@code open(joiner, cf -> cf.withTimeout(Duration.ofMillis(t)))}: the scope is cancelled
 *       (unfinished subtasks interrupted) and {@code join()} throws {@code StructuredTaskScope.TimeoutException}.</li>
 * </ul>
 *
 * @param cores for {@link JavaThreads#VIRTUAL} the number of carrier threads
 *              ({@code jdk.virtualThreadScheduler.parallelism}); for {@link JavaThreads#PLATFORM} the size of the
 *              fixed pool. Either way at most {@code cores} tasks compute at once. 1–256.
 * @param joiner only meaningful for {@link JavaApi#STRUCTURED}; the others keep the default and ignore it
 */
public record JavaRunSpec(JavaApi api, JavaThreads threads, int cores, ScopeJoiner joiner, Double timeoutMs) {
    public static final int DEFAULT_CORES = 4;
    public static final int MAX_CORES = 256;
    /** The API version the model reproduces, shown in every report. */
    public static final String JDK = "JDK 25";

    public JavaRunSpec {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(joiner, "joiner");
        if (cores < 1 || cores > MAX_CORES)
            throw new IllegalArgumentException("cores: must be between 1 and " + MAX_CORES + ", got " + cores);
        if (timeoutMs != null && !(timeoutMs >= 0 && timeoutMs <= 3_600_000))
            throw new IllegalArgumentException("timeoutMs: must be between 0 and 3600000, got " + timeoutMs);
        if (api == JavaApi.STRUCTURED && threads == JavaThreads.PLATFORM)
            throw new IllegalArgumentException("threads: platform is not modelled for structured: a scope starts one "
                    + "platform thread per subtask and the OS time-slices them; use virtual");
    }

    /** Virtual threads on {@value #DEFAULT_CORES} carriers, the default joiner, no timeout. */
    public static JavaRunSpec of(JavaApi api) {
        return new JavaRunSpec(api, JavaThreads.VIRTUAL, DEFAULT_CORES, ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW, null);
    }

    public JavaRunSpec withThreads(JavaThreads v) { return new JavaRunSpec(api, v, cores, joiner, timeoutMs); }
    public JavaRunSpec withCores(int v) { return new JavaRunSpec(api, threads, v, joiner, timeoutMs); }
    public JavaRunSpec withJoiner(ScopeJoiner v) { return new JavaRunSpec(api, threads, cores, v, timeoutMs); }
    public JavaRunSpec withTimeoutMs(Double v) { return new JavaRunSpec(api, threads, cores, joiner, v); }

    public JavaRunSpec withTimeoutMs(double v) { return withTimeoutMs(Double.valueOf(v)); }

    /** Which JDK's semantics the model reproduces: the preview API is labelled as such (its API changes in 26–28). */
    public String apiVersion() {
        return api == JavaApi.STRUCTURED ? JDK + " preview (StructuredTaskScope, JEP 505, fifth preview)" : JDK;
    }

    /** A short Java-like name for the run, e.g. {@code StructuredTaskScope.open() · virtual threads on 4 carriers}. */
    public String label() {
        String t = timeoutMs == null ? null : Numbers.format(timeoutMs);
        String call = switch (api) {
            case CF_ALLOF, CF_ANYOF -> (api == JavaApi.CF_ALLOF ? "CompletableFuture.allOf(...)" : "CompletableFuture.anyOf(...)")
                    + (t == null ? "" : ".orTimeout(" + t + " ms)") + ".join()";
            case INVOKE_ALL -> t == null ? "invokeAll(tasks)" : "invokeAll(tasks, " + t + " ms)";
            case INVOKE_ANY -> t == null ? "invokeAny(tasks)" : "invokeAny(tasks, " + t + " ms)";
            case STRUCTURED -> "StructuredTaskScope.open(" + (joiner == ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW ? "" : "Joiner." + joiner.json() + "()")
                    + ")" + (t == null ? "" : " · withTimeout " + t + " ms");
        };
        String on = threads == JavaThreads.VIRTUAL
                ? "virtual threads on " + cores + (cores == 1 ? " carrier" : " carriers")
                : "fixed pool of " + cores + " platform " + (cores == 1 ? "thread" : "threads");
        return call + " · " + on;
    }

    /** The run's options as a report lists them: only what applies. */
    public Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("threads", threads.json());
        o.put("cores", cores);
        if (api == JavaApi.STRUCTURED) o.put("joiner", joiner.json());
        if (timeoutMs != null) o.put("timeoutMs", timeoutMs);
        return o;
    }
}
