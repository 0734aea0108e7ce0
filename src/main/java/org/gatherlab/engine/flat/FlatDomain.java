package org.gatherlab.engine.flat;

import org.gatherlab.engine.Clock;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.VirtualClock;

import java.util.List;
import java.util.Set;

/** Which runs the flat path ({@link FlatRun}) takes; {@code FlatRunEqualityTest} checks it refuses every other. */
final class FlatDomain {
    private FlatDomain() {}

    private static final Set<Strategy> STRATEGIES = Set.of(Strategy.GATHER, Strategy.SEQUENTIAL, Strategy.TASKGROUP,
            Strategy.WAIT, Strategy.AS_COMPLETED);

    /**
     * A {@code gather}, {@code sequential}, {@code taskgroup}, {@code wait} (any {@code return_when}) or
     * {@code as_completed} run on a fresh virtual clock with nobody listening
     * live, at least one task, no timeout, no cancel times (the caller's or a task's), a semaphore (if any) of
     * at least one permit, a pool (if any) with a worker, every time finite and not negative. In a taskgroup run, then, nobody but the group cancels.
     */
    static boolean covers(List<TaskSpec> specs, RunSpec run, Clock clock, TraceListener listener) {
        if (!(clock instanceof VirtualClock) || clock.now() != 0 || listener != TraceListener.NONE) return false;
        if (!STRATEGIES.contains(run.strategy())) return false;
        if (run.timeoutMs() != null || run.cancelAtMs() != null || specs.isEmpty()) return false;
        if (run.limit() != null && run.limit() < 1) return false;
        if (run.cpu() == CpuMode.PROCESSES && run.workers() < 1) return false;
        for (TaskSpec t : specs) {
            if (t.cancelAtMs() != null) return false;
            if (!(t.durationMs() >= 0) || Double.isInfinite(t.durationMs())) return false;
            if (t.failAtMs() != null && (!(t.failAtMs() >= 0) || Double.isInfinite(t.failAtMs()))) return false;
        }
        return true;
    }
}
