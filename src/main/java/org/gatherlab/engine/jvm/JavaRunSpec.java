package org.gatherlab.engine.jvm;

import org.gatherlab.engine.Family;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.Strategy;

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
    public static final int DEFAULT_CORES = RunSpec.DEFAULT_CORES;
    public static final int MAX_CORES = RunSpec.MAX_CORES;
    /** The API version the model reproduces, shown in every report. */
    public static final String JDK = "JDK 25";

    public JavaRunSpec {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(joiner, "joiner");
        if (cores < 1 || cores > MAX_CORES)
            throw new IllegalArgumentException("cores: must be between 1 and " + MAX_CORES + ", got " + cores);
        if (timeoutMs != null && !(timeoutMs >= 0 && timeoutMs <= Family.JAVA.maxTimeoutMs()))
            throw new IllegalArgumentException("timeoutMs: must be between 0 and 3600000, got " + timeoutMs);
        if (api == JavaApi.STRUCTURED && threads == JavaThreads.PLATFORM)
            throw new IllegalArgumentException("threads: platform is not modelled for structured: a scope starts one "
                    + "platform thread per subtask and the OS time-slices them; use virtual");
    }

    /** Virtual threads on {@value #DEFAULT_CORES} carriers, the default joiner, no timeout. */
    public static JavaRunSpec of(JavaApi api) {
        return new JavaRunSpec(api, JavaThreads.VIRTUAL, DEFAULT_CORES, ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW, null);
    }

    /** The Java model's spec of {@code run}; only for a strategy of the Java family. */
    public static JavaRunSpec of(RunSpec run) {
        if (run.strategy().family() != Family.JAVA)
            throw new IllegalStateException(run.strategy().json() + " is not a Java strategy");
        return new JavaRunSpec(JavaApi.fromJson(run.strategy().json()), run.threads(), run.cores(), run.joiner(),
                run.timeoutMs());
    }

    /** The scenario's run of this spec's strategy with its options. */
    public RunSpec run() {
        return RunSpec.of(Strategy.fromJson(api.json())).withTimeoutMs(timeoutMs)
                .withThreads(threads).withCores(cores).withJoiner(joiner);
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
    public String label() { return Reports.label(run()); }

    /** The run's options as a report lists them: only what applies. */
    public Map<String, Object> options() { return Reports.options(run()); }
}
