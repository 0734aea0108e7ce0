package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.gatherlab.app.timeline.LegendEntries.Mark;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.report.LaneState;
import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.Test;

/** The legend lists what the runs draw, read from their traces: nothing the class cannot see on the timeline. */
class LegendEntriesTest {

    private static List<TimelineRun> runs(List<TaskSpec> tasks, RunSpec... specs) {
        Scenario s = Scenario.of("legend", tasks, List.of(specs));
        return java.util.Arrays.stream(specs).map(r -> TimelineRun.of(Engine.runVirtual(s, r, TraceListener.NONE).trace())).toList();
    }

    /** The app's default comparison: five downloads, sequential, gather, gather with a process pool. */
    @Test void theDefaultComparisonUsesAwaitingIoTheEndsItHasTheAwaitTheIdealAndThePlayhead() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 200), TaskSpec.io("C", 400),
                TaskSpec.io("D", 100), TaskSpec.io("E", 250));
        LegendEntries e = LegendEntries.of(runs(tasks, RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER),
                RunSpec.of(Strategy.GATHER).withProcesses(4)));
        assertEquals(Set.of(LaneState.SLEEPING), e.states(), "no task waits for the loop, computes, queues or holds a permit");
        assertEquals(Set.of(Mark.SUCCEEDED, Mark.AWAIT, Mark.IDEAL, Mark.PLAYHEAD), e.marks());
        assertFalse(e.java());
    }

    @Test void aFailureAndTheCancelsOfATaskGroupAreListed() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing());
        LegendEntries e = LegendEntries.of(runs(tasks, RunSpec.of(Strategy.TASKGROUP)));
        assertTrue(e.marks().containsAll(Set.of(Mark.FAILED, Mark.CANCELLED, Mark.CANCEL_REQUESTED)), e.marks().toString());
        assertFalse(e.shows(Mark.SUCCEEDED), "neither task succeeds");
    }

    /** A CPU task blocks the loop: the others wait for it, and a timer due meanwhile fires late. */
    @Test void aCpuTaskOnTheLoopShowsComputingReadyAndLateTimers() {
        List<TaskSpec> tasks = List.of(TaskSpec.cpu("A", 200), TaskSpec.io("B", 50), TaskSpec.cpu("C", 100));
        LegendEntries e = LegendEntries.of(runs(tasks, RunSpec.of(Strategy.GATHER)));
        assertTrue(e.states().containsAll(Set.of(LaneState.COMPUTING, LaneState.READY, LaneState.SLEEPING)), e.states().toString());
        assertTrue(e.shows(Mark.LATE), "B's timer was due at 50 ms, the loop was busy until 200");
        assertFalse(e.shows(LaneState.JOB_RUNNING));
    }

    @Test void aProcessPoolWithFewerWorkersThanJobsQueuesAndRunsJobs() {
        List<TaskSpec> tasks = List.of(TaskSpec.cpu("A", 200), TaskSpec.cpu("B", 200), TaskSpec.cpu("C", 200));
        LegendEntries e = LegendEntries.of(runs(tasks, RunSpec.of(Strategy.GATHER).withProcesses(2)));
        assertTrue(e.states().containsAll(Set.of(LaneState.JOB_QUEUED, LaneState.JOB_RUNNING)), e.states().toString());
        assertFalse(e.shows(LaneState.COMPUTING), "the loop itself computes nothing");
        assertFalse(e.shows(Mark.LATE));
    }

    @Test void aSemaphoreShowsItsPermitWaits() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 100), TaskSpec.io("B", 100), TaskSpec.io("C", 100));
        assertTrue(LegendEntries.of(runs(tasks, RunSpec.of(Strategy.GATHER).withLimit(1))).shows(LaneState.PERMIT));
        assertFalse(LegendEntries.of(runs(tasks, RunSpec.of(Strategy.GATHER))).shows(LaneState.PERMIT));
    }

    @Test void javaEntriesOnlyWithAJavaRun() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 100), TaskSpec.cpu("B", 100));
        LegendEntries python = LegendEntries.of(runs(tasks, RunSpec.of(Strategy.GATHER)));
        assertFalse(python.java());
        assertFalse(python.shows(Mark.HELD));
        LegendEntries java = LegendEntries.of(runs(tasks, RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.INVOKE_ALL)));
        assertTrue(java.java());
        assertTrue(java.python(), "gather beside invokeAll: ready and computing speak of both");
        assertTrue(java.shows(Mark.HELD), "a Java task's thread holds a carrier or pool thread");
        LegendEntries javaOnly = LegendEntries.of(runs(tasks, RunSpec.of(Strategy.INVOKE_ALL)));
        assertTrue(javaOnly.java());
        assertFalse(javaOnly.python(), "no event loop on screen: ready and computing speak of threads alone");
    }

    @Test void nothingOnTheTimelineNothingInTheLegend() {
        assertEquals(LegendEntries.NONE, LegendEntries.of(List.of()));
        assertTrue(LegendEntries.NONE.isEmpty());
    }
}
