package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.report.Values;

/**
 * The ideal totals a run can be held against, from the scenario's task durations alone: the sum (one
 * after another), the longest task (everything overlapping perfectly), the CPU work a single loop must do
 * one piece at a time, and {@code ceil(N / workers) × d} for a process pool (or a semaphore's limit).
 */
public final class Guides {
    private Guides() {}

    /** A vertical line at {@code atMs}; {@code name} says how it was computed ({@code "max d"}). */
    public record Guide(String name, double atMs) {
        /** {@code "max d = 300 ms"}. */
        public String label() { return name + " = " + Values.ms(atMs) + " ms"; }
    }

    public static List<Guide> of(List<TaskSpec> tasks, RunSpec run) {
        List<Guide> guides = new ArrayList<>();
        if (tasks.isEmpty()) return guides;
        double sum = 0, max = 0, cpuSum = 0, cpuMax = 0;
        int cpuCount = 0;
        for (TaskSpec t : tasks) {
            sum += t.durationMs();
            max = Math.max(max, t.durationMs());
            if (t.kind() == TaskKind.CPU) {
                cpuSum += t.durationMs();
                cpuMax = Math.max(cpuMax, t.durationMs());
                cpuCount++;
            }
        }
        if (run.strategy() == Strategy.SEQUENTIAL) {
            add(guides, "Σ d", sum);
            return guides;
        }
        add(guides, "max d", max);
        if (run.cpu() == CpuMode.LOOP && cpuCount >= 2) {
            add(guides, "Σ cpu", cpuSum);
        } else if (run.cpu() == CpuMode.PROCESSES && cpuCount >= 1) {
            int w = Math.max(1, run.workers());
            add(guides, bound(tasks, TaskKind.CPU, cpuCount, w, cpuSum, cpuMax));
        }
        if (run.limit() != null && run.limit() < tasks.size()) {
            add(guides, bound(tasks, null, tasks.size(), run.limit(), sum, max));
        }
        return guides;
    }

    /**
     * {@code ceil(N/w) × d} when the N pieces of work are equal; otherwise the lower bound
     * {@code max(longest, total / w)}.
     */
    private static Guide bound(List<TaskSpec> tasks, TaskKind kind, int n, int w, double total, double longest) {
        Double d = null;
        boolean equal = true;
        for (TaskSpec t : tasks) {
            if (kind != null && t.kind() != kind) continue;
            if (d == null) d = t.durationMs();
            else if (d != t.durationMs()) equal = false;
        }
        if (equal && d != null) {
            double at = Math.ceil((double) n / w) * d;
            return new Guide("ceil(" + n + "/" + w + ") × " + Values.ms(d), at);
        }
        double at = Math.max(longest, total / w);
        return new Guide("max(longest, " + (kind == TaskKind.CPU ? "Σ cpu" : "Σ d") + " / " + w + ")", at);
    }

    private static void add(List<Guide> guides, Guide g) { add(guides, g.name(), g.atMs()); }

    /** Two ideals at the same time share one line: {@code "max d = ceil(4/2) × 150"}. */
    private static void add(List<Guide> guides, String name, double at) {
        for (int i = 0; i < guides.size(); i++) {
            if (guides.get(i).atMs() == at) {
                guides.set(i, new Guide(guides.get(i).name() + " = " + name, at));
                return;
            }
        }
        guides.add(new Guide(name, at));
    }
}
