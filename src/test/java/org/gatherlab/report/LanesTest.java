package org.gatherlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RandomScenarios;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaSimulation;
import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.Test;

class LanesTest {

    @Test
    void ioTasksSleepFromTheirFirstStepToTheirEnd() {
        Lanes lanes = Lanes.of(TypicalReports.threeDownloads().runs().getFirst().trace());
        assertEquals(300, lanes.endMs());
        Lanes.Lane a = lanes.lanes().get(0), b = lanes.lanes().get(1);
        assertEquals(List.of(new Lanes.Segment(0, 300, LaneState.SLEEPING)), a.segments());
        assertEquals(TaskState.SUCCEEDED, a.end());
        assertEquals(List.of(new Lanes.Segment(0, 100, LaneState.SLEEPING)), b.segments());
        assertEquals(TaskState.FAILED, b.end());
        assertEquals(100.0, b.endMs());
        assertEquals(List.of(new Lanes.Mark(100, Lanes.MarkKind.RAISED, "TaskFailed")), lanes.caller());
        assertEquals(List.of(), lanes.loopBusy());
    }

    @Test
    void aTimerDueWhileTheLoopIsBusyReadsAsReadyFromItsDueTime() {
        Lanes lanes = Lanes.of(TypicalReports.poolAndLateTimer().runs().getFirst().trace());
        Lanes.Lane d = lanes.lanes().get(3);
        assertEquals(List.of(new Lanes.Segment(0, 10, LaneState.SLEEPING), new Lanes.Segment(10, 30, LaneState.READY)), d.segments());
        assertEquals(List.of(new Lanes.Span(0, 30, 2)), lanes.loopBusy());
        assertEquals(List.of(new Lanes.Segment(0, 30, LaneState.COMPUTING)), lanes.lanes().get(2).segments());
    }

    @Test
    void poolJobsShowQueuedThenRunningAndWorkersKeepTheirOwnLanes() {
        Lanes lanes = Lanes.of(TypicalReports.poolAndLateTimer().runs().getFirst().trace());
        assertEquals(List.of(new Lanes.Segment(0, 80, LaneState.JOB_RUNNING)), lanes.lanes().get(0).segments());
        Lanes.Lane b = lanes.lanes().get(1);
        assertEquals(List.of(new Lanes.Segment(0, 50, LaneState.JOB_QUEUED)), b.segments());
        assertEquals(TaskState.CANCELLED, b.end());
        assertEquals(List.of(50.0), b.cancelRequestsMs());
        assertEquals(List.of(new Lanes.WorkerLane(0, List.of(new Lanes.Span(0, 80, 0)))), lanes.workers());
    }

    @Test
    void aTaskThatNeverStartedHasAnEmptyLane() {
        Lanes lanes = Lanes.of(TypicalReports.sequentialAndGather().runs().getFirst().trace());
        Lanes.Lane c = lanes.lanes().get(2);
        assertEquals(List.of(), c.segments());
        assertNull(c.end());
        assertEquals(List.of(new Lanes.Segment(300, 400, LaneState.SLEEPING)), lanes.lanes().get(1).segments());
    }

    /** A run not begun (a Run's placeholder): every lane empty, as one walk of no events cuts them, none settled. */
    @Test
    void aTraceWithNoEventsHasEveryLaneEmptyAndNoneSettled() {
        Trace done = TypicalReports.sequentialAndGather().runs().getFirst().trace();
        Trace none = new Trace(done.tasks(), done.run(), ClockKind.REAL, List.of(), null);
        Lanes lanes = Lanes.of(none);
        assertEquals(Lanes.allAtOnce(none), lanes.lanes());
        assertEquals(done.tasks().size(), lanes.lanes().size());
        assertEquals(0, lanes.endMs());
        assertEquals(List.of(), lanes.caller());
        assertEquals(List.of(), lanes.workers());
        for (int task = 0; task < done.tasks().size(); task++) {
            assertNull(lanes.end(task));
            assertEquals(Double.NaN, lanes.endMs(task));
        }
        assertEquals(List.of(0, 0, 0), java.util.Arrays.stream(lanes.settledBy(Double.POSITIVE_INFINITY)).boxed().toList());
    }

    /**
     * GS17 (java-strategies.md): A fails at 100 and the scope interrupts the rest; C is asleep (delivered), B computes
     * (ignored) and holds its carrier to 400. Mounts at the instant of a sleep leave no stretch.
     */
    @Test
    void aJavaLaneCarriesItsThreadsCarrierAndTheInterruptsThatReachedIt() {
        RunSpec run = RunSpec.of(Strategy.STRUCTURED);
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300));
        Lanes lanes = Lanes.of(JavaSimulation.run(tasks, 0, JavaRunSpec.of(run), new VirtualClock(), e -> { }).toTrace(run));
        assertNull(lanes.lanes().get(0).thread(), "A's carrier stretches have no length, and nobody interrupted it");
        assertEquals(new Lanes.JavaThread(List.of(new Lanes.Held(0, 400, 0)), List.of(new Lanes.Interrupt(100, false))),
                lanes.lanes().get(1).thread());
        assertEquals(new Lanes.JavaThread(List.of(), List.of(new Lanes.Interrupt(100, true))), lanes.lanes().get(2).thread());
        assertEquals(List.of(new Lanes.Segment(0, 400, LaneState.COMPUTING)), lanes.lanes().get(1).segments(),
                "the bars are what they were: the thread's events change no state");
        assertEquals(400, lanes.endMs());
    }

    /**
     * The lanes are cut lazily, each from its own events: over random scenarios on every strategy (Python and Java),
     * every lane equals the one cut in a single walk of the trace, whichever order they are asked for in, and the
     * ends and the counts of settled tasks read without cutting a lane are the lanes' own.
     */
    @Test
    void lanesCutLazilyAreTheLanesOfOneWalkOfTheTrace() {
        int tries = Integer.getInteger("gatherlab.diff.tries", 300) * 3;
        for (long seed = 0; seed < tries; seed++) {
            Scenario s = RandomScenarios.draw(seed);
            check(Engine.runVirtual(s, s.runs().getFirst(), TraceListener.NONE).trace(), seed);
            if (seed % 10 == 0) {
                Scenario java = s.withTasks(s.tasks().stream().map(t -> new TaskSpec(t.name(), t.kind(), t.durationMs(),
                        t.failureRate(), t.failAtMs(), null)).toList());
                for (Strategy j : Strategy.java()) check(Engine.runVirtual(java, RunSpec.of(j), TraceListener.NONE).trace(), seed);
            }
        }
    }

    private static void check(Trace trace, long seed) {
        String what = "seed " + seed + " " + trace.run().strategy();
        List<Lanes.Lane> reference = Lanes.allAtOnce(trace);
        Lanes backwards = Lanes.of(trace);
        int n = reference.size();
        for (int t = 0; t < n; t++) {
            assertEquals(reference.get(t).end(), backwards.end(t), what + " end of " + t);
            Double at = reference.get(t).endMs();
            assertEquals(at == null ? Double.NaN : at, backwards.endMs(t), what + " end time of " + t);
        }
        for (double cutoff : new double[] {-1, 0, 10, 55, 100, 150, 200, 300, backwards.endMs(), 1e9}) {
            int[] counts = new int[3];
            for (Lanes.Lane l : reference) {
                if (l.end() != null && l.endMs() <= cutoff) counts[l.end() == TaskState.SUCCEEDED ? 0 : l.end() == TaskState.FAILED ? 1 : 2]++;
            }
            assertEquals(java.util.Arrays.toString(counts), java.util.Arrays.toString(backwards.settledBy(cutoff)), what + " settled by " + cutoff);
        }
        for (int t = n - 1; t >= 0; t--) assertEquals(reference.get(t), backwards.lanes().get(t), what + " lane " + t);
        assertEquals(reference, Lanes.of(trace).lanes(), what);
    }

    @Test
    void aPythonLaneHasNoThread() {
        Lanes lanes = Lanes.of(TypicalReports.threeDownloads().runs().getFirst().trace());
        for (Lanes.Lane l : lanes.lanes()) assertNull(l.thread());
    }
}
