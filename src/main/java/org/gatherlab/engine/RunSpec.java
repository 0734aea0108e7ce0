package org.gatherlab.engine;

import java.util.Objects;

/**
 * One run of a scenario: a strategy and its options, as the contract's section 1 defines them.
 * Optional numbers are null when absent.
 */
public record RunSpec(Strategy strategy, boolean returnExceptions, ReturnWhen returnWhen, Double timeoutMs,
                      Double cancelAtMs, Integer limit, CpuMode cpu, int workers, OnExit onExit) {
    public static final int DEFAULT_WORKERS = 4;

    public RunSpec {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(returnWhen, "returnWhen");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(onExit, "onExit");
    }

    public static RunSpec of(Strategy strategy) {
        return new RunSpec(strategy, false, ReturnWhen.ALL_COMPLETED, null, null, null, CpuMode.LOOP, DEFAULT_WORKERS, OnExit.DRAIN);
    }

    public RunSpec withReturnExceptions(boolean v) { return new RunSpec(strategy, v, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, onExit); }
    public RunSpec withReturnWhen(ReturnWhen v) { return new RunSpec(strategy, returnExceptions, v, timeoutMs, cancelAtMs, limit, cpu, workers, onExit); }
    public RunSpec withTimeoutMs(Double v) { return new RunSpec(strategy, returnExceptions, returnWhen, v, cancelAtMs, limit, cpu, workers, onExit); }
    public RunSpec withCancelAtMs(Double v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, v, limit, cpu, workers, onExit); }
    public RunSpec withLimit(Integer v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, v, cpu, workers, onExit); }
    public RunSpec withProcesses(int n) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, CpuMode.PROCESSES, n, onExit); }
    public RunSpec withCpu(CpuMode v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, v, workers, onExit); }
    public RunSpec withWorkers(int v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, v, onExit); }
    public RunSpec withOnExit(OnExit v) { return new RunSpec(strategy, returnExceptions, returnWhen, timeoutMs, cancelAtMs, limit, cpu, workers, v); }
}
