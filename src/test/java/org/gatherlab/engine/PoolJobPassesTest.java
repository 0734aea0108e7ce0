package org.gatherlab.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule P1 of asyncio-decided-orders.md: a pool job of 0 ms ends in the callback that started it (the task's step
 * that submitted it, or the end of the job before it on the same worker), and its result then costs the two passes
 * of {@code _chain_future}: {@code call_soon_threadsafe(_set_state)}, then the future's done-callback that wakes the
 * task. {@code PythonContractRulesTest.ruleP1_...} shows the same orders on CPython's loop.
 */
class PoolJobPassesTest {
    private static final RunSpec POOL_1 = RunSpec.of(Strategy.GATHER).withProcesses(1);

    /** The events of the run as "kind task" in trace order (task names; the caller's are skipped). */
    private static List<String> events(RunReport r) {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : r.trace().events()) {
            if (e.task() < 0) continue;
            out.add(e.kind() + " " + r.tasks().get(e.task()).name());
        }
        return out;
    }

    @Test void aZeroMsJobEndsInTheStepThatSubmittedIt() {
        RunReport r = Runs.run(POOL_1, TaskSpec.cpu("P", 0), TaskSpec.io("I", 0));
        List<String> ev = events(r);
        int submitted = ev.indexOf("job-queued P");
        assertEquals(List.of("job-queued P", "job-started P", "job-ended P", "step I"), ev.subList(submitted, submitted + 4),
                "the job ends before the next task's first step: no pass for the job itself\n" + ev);
        // P submitted in pass 1; _set_state runs in pass 2 (where I resumes from its sleep(0) and ends); P resumes in pass 3.
        assertEquals(List.of("I", "P"), r.completionOrder());
        assertEquals(0.0, Runs.task(r, "P").jobStartMs());
        assertEquals(0.0, Runs.task(r, "P").jobEndMs());
    }

    @Test void theWorkerGoesStraightOnThroughQueuedZeroMsJobs() {
        RunReport r = Runs.run(POOL_1, TaskSpec.cpu("A", 100), TaskSpec.cpu("B", 0), TaskSpec.cpu("C", 0));
        List<String> ev = events(r);
        int ended = ev.indexOf("job-ended A");
        assertEquals(List.of("job-ended A", "job-started B", "job-ended B", "job-started C", "job-ended C"), ev.subList(ended, ended + 5),
                "all in A's end-of-job callback at 100 ms\n" + ev);
        assertEquals(List.of("A", "B", "C"), r.completionOrder());
        for (String t : List.of("A", "B", "C")) assertEquals(100.0, Runs.task(r, t).endMs(), t);
    }

    @Test void theResultsTwoPassesShowAgainstASemaphoreChain() {
        // limit 2: P and I1 get a permit at once, I2..I4 queue. Each io 0 task holds its permit for one pass, so the
        // permits hand on one pass at a time; P's result arrives two passes after its step, so P ends in pass 3,
        // between I1 (pass 2) and I2 (pass 4). With one more pass for the job (a timer at 0 ms) it would end after I2.
        RunReport r = Runs.run(POOL_1.withLimit(2), TaskSpec.cpu("P", 0), TaskSpec.io("I1", 0), TaskSpec.io("I2", 0),
                TaskSpec.io("I3", 0), TaskSpec.io("I4", 0));
        assertEquals(List.of("I1", "P", "I2", "I3", "I4"), r.completionOrder(), Runs.describe(r));
        assertEquals(0.0, r.returnedAtMs());
    }
}
