package org.gatherlab.engine.flat;

import org.gatherlab.engine.RandomScenarios;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.TraceLog;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.engine.program.ReferenceProgram;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The flat path against the literal port: every run the flat path claims ({@link FlatRun#covers}) gives the same
 * trace, column for column and row for row (times and values compared by their bits), the same outcome and the same
 * report. Thousands of the engine's random scenarios (RandomScenarios, ties on a 10 ms grid, a third with a process
 * pool of 1-4 workers), each made to fit the flat path's domain for every strategy it claims, plus larger ones with uneven times (sums that round, thousands of
 * timers at hundreds of instants).
 */
class FlatRunEqualityTest {
    private static final int TRIES = 3_000;
    private static final List<Strategy> CLAIMED = List.of(Strategy.GATHER, Strategy.SEQUENTIAL, Strategy.TASKGROUP, Strategy.WAIT,
            Strategy.AS_COMPLETED);

    @Test void theFlatPathEqualsThePortOnRandomScenarios() {
        int compared = 0, groupsRaised = 0, waitedForPermits = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            Scenario s = RandomScenarios.draw(seed);
            for (Strategy strategy : CLAIMED) {
                Trace flat = compare(s.tasks(), s.seed(), inDomain(s.runs().get(0), strategy), "seed " + seed);
                if (strategy == Strategy.TASKGROUP && flat.outcome() instanceof org.gatherlab.engine.Outcome.Raised) groupsRaised++;
                if (flat.events().stream().anyMatch(e -> e instanceof org.gatherlab.engine.TraceEvent.PermitWaiting)) waitedForPermits++;
                compared++;
            }
        }
        assertEquals(TRIES * CLAIMED.size(), compared);
        // A task group's abort (siblings and the caller cancelled, an ExceptionGroup) is most of what it does: the draws
        // must keep reaching it (2,533 of 3,000 did when this was written).
        assertTrue(groupsRaised > TRIES / 2, "task groups that raised: " + groupsRaised);
        // And a semaphore's queue (a quarter of the draws have one, of 1 to 3 permits).
        assertTrue(waitedForPermits > TRIES / 2, "runs where a task waited for a permit: " + waitedForPermits);
    }

    @Test void theFlatPathEqualsThePortOnLargeUnevenScenarios() {
        for (long seed = 0; seed < 60; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int n = 1 + rnd.nextInt(3_000);
            List<TaskSpec> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // Tenths of a millisecond: sums of them round, so "due" and "now" differ in the last bits.
                double d = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(0, 5_000) / 10.0;
                TaskKind kind = rnd.nextInt(5) == 0 ? TaskKind.CPU : TaskKind.IO;
                double rate = rnd.nextInt(8) == 0 ? 1.0 : rnd.nextInt(8) == 0 ? 0.5 : 0;
                Double failAt = rate > 0 && rnd.nextBoolean() ? rnd.nextInt(0, 5_000) / 10.0 : null;
                tasks.add(new TaskSpec("t" + i, kind, d, rate, failAt, null));
            }
            for (Strategy strategy : CLAIMED) {
                RunSpec run = RunSpec.of(strategy).withReturnExceptions(rnd.nextBoolean())
                        .withOnExit(rnd.nextBoolean() ? org.gatherlab.engine.OnExit.CANCEL : org.gatherlab.engine.OnExit.DRAIN);
                if (rnd.nextBoolean()) run = run.withProcesses(1 + rnd.nextInt(8));
                if (rnd.nextInt(3) == 0) run = run.withLimit(1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 200));
                compare(tasks, rnd.nextLong(), run, "large seed " + seed);
            }
        }
    }

    @Test void whatTheFlatPathDoesNotTakeGoesToThePort() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("a", 10), TaskSpec.cpu("b", 20));
        RunSpec gather = RunSpec.of(Strategy.GATHER);
        VirtualClock fresh = new VirtualClock();
        assertTrue(FlatRun.covers(tasks, gather, fresh, TraceListener.NONE));
        assertTrue(FlatRun.covers(tasks, RunSpec.of(Strategy.SEQUENTIAL), fresh, TraceListener.NONE));
        assertTrue(FlatRun.covers(tasks, RunSpec.of(Strategy.TASKGROUP), fresh, TraceListener.NONE));
        assertFalse(FlatRun.covers(tasks, RunSpec.of(Strategy.TASKGROUP).withTimeoutMs(5.0), fresh, TraceListener.NONE));
        for (Strategy strategy : List.of(Strategy.WAIT, Strategy.AS_COMPLETED)) {
            assertTrue(FlatRun.covers(tasks, RunSpec.of(strategy), fresh, TraceListener.NONE), strategy.json());
            assertFalse(FlatRun.covers(tasks, RunSpec.of(strategy).withTimeoutMs(5.0), fresh, TraceListener.NONE), strategy.json());
        }
        for (Strategy other : List.of(Strategy.CF_ALLOF, Strategy.INVOKE_ALL, Strategy.STRUCTURED)) {
            assertFalse(FlatRun.covers(tasks, RunSpec.of(other), fresh, TraceListener.NONE), other.json());
        }
        assertFalse(FlatRun.covers(tasks, gather.withTimeoutMs(5.0), fresh, TraceListener.NONE));
        assertFalse(FlatRun.covers(tasks, gather.withCancelAtMs(5.0), fresh, TraceListener.NONE));
        assertTrue(FlatRun.covers(tasks, gather.withLimit(1), fresh, TraceListener.NONE));
        assertFalse(FlatRun.covers(tasks, gather.withLimit(0), fresh, TraceListener.NONE), "a semaphore with no permit");
        assertTrue(FlatRun.covers(tasks, gather.withProcesses(2), fresh, TraceListener.NONE));
        assertFalse(FlatRun.covers(tasks, gather.withProcesses(0), fresh, TraceListener.NONE), "a pool with no worker");
        assertFalse(FlatRun.covers(List.of(TaskSpec.io("a", 10).cancelledAt(5)), gather, fresh, TraceListener.NONE));
        assertFalse(FlatRun.covers(List.of(), gather, fresh, TraceListener.NONE));
        assertFalse(FlatRun.covers(tasks, gather, fresh, e -> { }), "a live listener sees each event as it is made");
        VirtualClock moved = new VirtualClock();
        moved.compute(1);
        assertFalse(FlatRun.covers(tasks, gather, moved, TraceListener.NONE));
    }

    /** The draw's run, as {@code strategy}, without what the flat path does not take (its semaphore, a quarter of them, kept). */
    private static RunSpec inDomain(RunSpec drawn, Strategy strategy) {
        return new RunSpec(strategy, drawn.returnExceptions(), drawn.returnWhen(), null, null, drawn.limit(), drawn.cpu(),
                drawn.workers(), drawn.onExit());
    }

    /** Compares the two paths on one run; returns the flat path's trace. */
    private static Trace compare(List<TaskSpec> drawnTasks, long seed, RunSpec run, String label) {
        List<TaskSpec> tasks = drawnTasks.stream()
                .map(t -> new TaskSpec(t.name(), t.kind(), t.durationMs(), t.failureRate(), t.failAtMs(), null)).toList();
        // Made only when something differs: a large scenario's description is long.
        String where = label + " " + run + (tasks.size() <= 40 ? " " + tasks : " (" + tasks.size() + " tasks)");
        assertTrue(FlatRun.covers(tasks, run, new VirtualClock(), TraceListener.NONE), where);
        Trace port = ReferenceProgram.run(tasks, seed, run, new VirtualClock(), ReferenceProgram.PoolFactory.VIRTUAL, TraceListener.NONE);
        Trace flat = FlatRun.run(tasks, seed, run);
        TraceLog a = port.log(), b = flat.log();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            boolean same = a.kind(i) == b.kind(i) && a.task(i) == b.task(i)
                    && Double.doubleToRawLongBits(a.atMs(i)) == Double.doubleToRawLongBits(b.atMs(i))
                    && Double.doubleToRawLongBits(a.value(i)) == Double.doubleToRawLongBits(b.value(i))
                    && (a.kind(i) != TraceLog.Kind.OBJECT || a.event(i).equals(b.event(i)));
            if (!same) {
                assertEquals(a.event(i) + " (value " + a.value(i) + ")", b.event(i) + " (value " + b.value(i) + ")",
                        where + "\n row " + i + " differs (expected: the port's, actual: the flat path's)");
                assertEquals(Double.doubleToRawLongBits(a.value(i)), Double.doubleToRawLongBits(b.value(i)), where + " row " + i);
            }
        }
        assertEquals(a.size(), b.size(), where + ": as many rows");
        assertEquals(port.outcome(), flat.outcome(), where);
        RunReport x = Reports.of(port), y = Reports.of(flat);
        assertEquals(x.label(), y.label(), where);
        assertEquals(x.options(), y.options(), where);
        assertEquals(x.returnedAtMs(), y.returnedAtMs(), where);
        assertEquals(x.settledAtMs(), y.settledAtMs(), where);
        assertEquals(x.outcome(), y.outcome(), where);
        assertEquals(x.completionOrder(), y.completionOrder(), where);
        assertEquals(x.tasks(), y.tasks(), where);
        assertEquals(x.java(), y.java(), where);
        return flat;
    }
}
