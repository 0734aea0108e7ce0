package org.gatherlab.engine;

import java.util.Objects;

/**
 * One simulated task of a scenario, as {@code src/site/markdown/scenario-contract.md#task-fields} defines it.
 *
 * @param failAtMs   when a failing task raises, from its own start; null means {@code durationMs}
 * @param cancelAtMs when someone outside calls {@code task.cancel()}; null means never
 */
public record TaskSpec(String name, TaskKind kind, double durationMs, double failureRate, Double failAtMs, Double cancelAtMs) {
    public TaskSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static TaskSpec io(String name, double durationMs) {
        return new TaskSpec(name, TaskKind.IO, durationMs, 0, null, null);
    }

    public static TaskSpec cpu(String name, double durationMs) {
        return new TaskSpec(name, TaskKind.CPU, durationMs, 0, null, null);
    }

    public TaskSpec failing() { return withFailureRate(1.0); }

    public TaskSpec withFailureRate(double rate) { return new TaskSpec(name, kind, durationMs, rate, failAtMs, cancelAtMs); }

    public TaskSpec failingAt(double ms) { return new TaskSpec(name, kind, durationMs, 1.0, ms, cancelAtMs); }

    public TaskSpec cancelledAt(double ms) { return new TaskSpec(name, kind, durationMs, failureRate, failAtMs, ms); }

    public TaskSpec withName(String newName) { return new TaskSpec(newName, kind, durationMs, failureRate, failAtMs, cancelAtMs); }

    /** How long the body works before it returns or raises, given whether it fails. */
    public double workMs(boolean fails) {
        return fails && failAtMs != null ? failAtMs : durationMs;
    }
}
