package org.gatherlab.engine;

import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties every run must have, over 500 seeded random scenarios. */
class EnginePropertiesTest {
    private static final int TRIES = 500;

    @TestFactory Stream<DynamicTest> everyRandomRunKeepsTheEnginesInvariants() {
        return IntStream.range(0, TRIES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(RandomScenarios.draw(seed))));
    }

    private static void check(Scenario s) {
        RunSpec run = s.runs().get(0);
        RunReport r = Engine.runVirtual(s, run, TraceListener.NONE);
        String where = s.name() + " " + run;

        assertNotNull(r.outcome(), where);
        List<TraceEvent> events = r.trace().events();
        for (int i = 1; i < events.size(); i++) {
            assertFalse(events.get(i).atMs() < events.get(i - 1).atMs(), where + ": time ran backwards at event " + i);
        }

        int[] terminal = new int[s.tasks().size()];
        for (TraceEvent e : events) if (Reports.isTerminal(e)) terminal[e.task()]++;
        for (int i = 0; i < terminal.length; i++) {
            TaskReport t = r.tasks().get(i);
            assertTrue(terminal[i] <= 1, where + ": " + t.name() + " ended twice");
            assertEquals(t.state() == TaskState.NOT_STARTED ? 0 : 1, terminal[i], where + ": " + t.name() + " ends in exactly one state");
            if (t.state() == TaskState.NOT_STARTED) {
                assertEquals(Strategy.SEQUENTIAL, run.strategy(), where + ": only sequential leaves tasks unstarted");
            } else {
                assertTrue(t.startMs() <= t.endMs(), where + ": " + t.name() + " ends before it starts");
            }
            assertEquals(t.state() == TaskState.CANCELLED, t.cancelCause() != null, where + ": cancel cause iff cancelled");
        }
        if (run.onExit() == OnExit.DRAIN || run.strategy() == Strategy.SEQUENTIAL) {
            for (TaskReport t : r.tasks()) {
                if (t.state() == TaskState.CANCELLED) assertFalse(t.cancelCause() == CancelCause.EXIT, where);
            }
        }

        if (r.outcome() instanceof Outcome.Returned ret && run.strategy() != Strategy.AS_COMPLETED) {
            List<String> names = new ArrayList<>();
            for (Outcome.Result res : ret.results()) names.add(res.task());
            List<String> expected = r.tasks().stream().map(TaskReport::name).toList();
            assertEquals(expected, names, where + ": results in input order");
        }
        if (r.outcome() instanceof Outcome.Returned ret && run.strategy() == Strategy.AS_COMPLETED) {
            List<String> names = ret.results().stream().map(Outcome.Result::task).toList();
            assertEquals(r.completionOrder().subList(0, names.size()), names, where + ": as_completed gives completion order");
        }

        assertEquals(r, Reports.of(r.trace()), where + ": the trace replays to the same report");
        RunReport again = Engine.runVirtual(s, run, TraceListener.NONE);
        assertEquals(r.trace().events(), again.trace().events(), where + ": deterministic");
    }
}
