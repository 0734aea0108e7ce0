package org.gatherlab.engine;

import java.util.Objects;

/**
 * One run of a scenario: a strategy and its options, as {@code src/site/markdown/scenario-contract.md#run-fields}
 * defines them.
 * Optional numbers are null when absent. {@code threads}, {@code cores} and {@code joiner} are the Java strategies'
 * options ({@code src/site/markdown/java-strategies.md#scenario-file}); Python runs keep their defaults.
 */
public record RunSpec(Strategy strategy, boolean returnExceptions, ReturnWhen returnWhen, Double timeoutMs,
                      Double cancelAtMs, Integer limit, CpuMode cpu, int workers, OnExit onExit,
                      JavaThreads threads, int cores, ScopeJoiner joiner) {
    public static final int DEFAULT_WORKERS = 4;
    /** A Java run's carriers or pool threads unless it says: {@code cores}, 1 to {@link #MAX_CORES}. */
    public static final int DEFAULT_CORES = 4;
    public static final int MAX_CORES = 256;

    public RunSpec {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(returnWhen, "returnWhen");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(onExit, "onExit");
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(joiner, "joiner");
    }

    /** A run with the Java options at their defaults (every Python run). */
    public RunSpec(Strategy strategy, boolean returnExceptions, ReturnWhen returnWhen, Double timeoutMs,
                   Double cancelAtMs, Integer limit, CpuMode cpu, int workers, OnExit onExit) {
        this(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, onExit,
                JavaThreads.VIRTUAL, DEFAULT_CORES, ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW);
    }

    public static RunSpec of(Strategy strategy) {
        return new RunSpec(strategy, false, ReturnWhen.ALL_COMPLETED, null, null, null, CpuMode.LOOP, DEFAULT_WORKERS, OnExit.DRAIN);
    }

    public RunSpec withReturnExceptions(boolean v) { return new RunSpec(strategy, v, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, onExit, threads, cores, joiner); }
    public RunSpec withReturnWhen(ReturnWhen v) { return new RunSpec(strategy, returnExceptions, v, timeoutMs, cancelAtMs, limit, cpu, workers, onExit, threads, cores, joiner); }
    public RunSpec withTimeoutMs(Double v) { return new RunSpec(strategy, returnExceptions, returnWhen, v, cancelAtMs, limit, cpu, workers, onExit, threads, cores, joiner); }
    public RunSpec withCancelAtMs(Double v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, v, limit, cpu, workers, onExit, threads, cores, joiner); }
    public RunSpec withLimit(Integer v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, v, cpu, workers, onExit, threads, cores, joiner); }
    public RunSpec withProcesses(int n) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, CpuMode.PROCESSES, n, onExit, threads, cores, joiner); }
    public RunSpec withCpu(CpuMode v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, v, workers, onExit, threads, cores, joiner); }
    public RunSpec withWorkers(int v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, v, onExit, threads, cores, joiner); }
    public RunSpec withOnExit(OnExit v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, v, threads, cores, joiner); }
    public RunSpec withStrategy(Strategy v) { return new RunSpec(v, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, onExit, threads, cores, joiner); }
    public RunSpec withThreads(JavaThreads v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, onExit, v, cores, joiner); }
    public RunSpec withCores(int v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, onExit, threads, v, joiner); }
    public RunSpec withJoiner(ScopeJoiner v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, onExit, threads, cores, v); }
}
