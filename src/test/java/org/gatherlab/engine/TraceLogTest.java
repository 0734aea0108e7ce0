package org.gatherlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.Test;

/** The trace's columns give back exactly the events the engine made, for every kind and every strategy. */
class TraceLogTest {

    @Test void everyKindComesBackEqual() {
        List<TraceEvent> all = List.of(
                new TraceEvent.Created(0, 0), new TraceEvent.Step(0.5, 1), new TraceEvent.ComputeBegan(1, 2, 30.25),
                new TraceEvent.ComputeEnded(31.25, 2), new TraceEvent.Sleeping(2, 3, 102), new TraceEvent.PermitWaiting(3, 4),
                new TraceEvent.PermitGranted(4, 4), new TraceEvent.PermitReleased(5, 4), new TraceEvent.JobQueued(6, 5),
                new TraceEvent.JobStarted(7, 5, 3), new TraceEvent.JobEnded(8, 5, 3), new TraceEvent.JobWithdrawn(9, 6),
                new TraceEvent.CancelRequested(10, TraceEvent.CALLER, CancelCause.TIMEOUT),
                new TraceEvent.CancelRequested(10, 7, null), new TraceEvent.Succeeded(11, 0), new TraceEvent.Failed(12, 1),
                new TraceEvent.Cancelled(13, 7, CancelCause.WINNER), new TraceEvent.Cancelled(13, 8, null),
                new TraceEvent.TimerLate(14, 3, 12.5), new TraceEvent.CallerReturned(15),
                new TraceEvent.CallerRaised(15, "ExceptionGroup"), new TraceEvent.TeardownBegan(16));
        TraceLog log = new TraceLog(2);              // grows as it goes
        for (TraceEvent e : all) log.add(e);
        assertEquals(all, log.events());
        assertEquals(TraceLog.Kind.CANCELLED, log.kind(16));
        assertEquals(CancelCause.WINNER, log.cause(16));
        assertEquals(3, log.value(9));
        assertEquals(TraceLog.Kind.OBJECT, log.kind(20), "the caller's exception is kept whole");
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i).task(), log.task(i));
            assertEquals(all.get(i).atMs(), log.atMs(i));
            if (i != 20) assertNotEquals(TraceLog.Kind.OBJECT, log.kind(i), all.get(i).kind());
        }
        log.seal();
        assertThrows(IllegalStateException.class, () -> log.add(new TraceEvent.Step(20, 0)));
        assertSame(log, TraceLog.of(log.events()), "a complete log's list is the log");
    }

    /** Thousands of random scenarios: what a listener saw, event by event, is what the trace holds afterwards. */
    @Test void randomRunsOnEveryStrategyKeepWhatTheEngineMade() {
        int tries = Integer.getInteger("gatherlab.diff.tries", 300) * 10;
        for (long seed = 0; seed < tries; seed++) {
            Scenario s = RandomScenarios.draw(seed);
            check(s, s.runs().getFirst());
            if (seed % 10 == 0) {
                // The Java runs, over the same tasks without their own cancel times (not every Java API can).
                Scenario java = s.withTasks(s.tasks().stream().map(t -> new TaskSpec(t.name(), t.kind(), t.durationMs(),
                        t.failureRate(), t.failAtMs(), null)).toList());
                for (Strategy j : Strategy.java()) check(java, RunSpec.of(j));
            }
        }
    }

    private static void check(Scenario s, RunSpec run) {
        List<TraceEvent> seen = new ArrayList<>();
        RunReport report = Engine.runVirtual(s, run, seen::add);
        assertEquals(seen, report.trace().events(), s.name() + " " + run.strategy());
        assertEquals(seen.size(), report.trace().log().size());
    }
}
