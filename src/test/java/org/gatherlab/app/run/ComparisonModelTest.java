package org.gatherlab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.app.fx.FxBackgroundWork;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TaskState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comparison view model without the toolkit: a same-thread BackgroundWork and pulses by hand. */
class ComparisonModelTest {
    private static final long MS = 1_000_000L;

    private static List<String> panel(ComparisonModel m, int run) {
        return m.runs().get(run).getSummary().text();
    }

    @Test void aVirtualComparisonIsComputedAtOnceThenPlayedBack() {
        ComparisonModel m = new ComparisonModel(BackgroundWork.direct());
        m.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL);
        assertTrue(m.isRunning(), "nothing is taken in before a pulse");
        m.pulse(0);
        assertFalse(m.isRunning());
        assertEquals("Computed 3 runs on the virtual clock (exact times).", m.getStatus());
        assertEquals(3, m.timelineRuns().size());
        assertTrue(m.timelineRuns().stream().allMatch(r -> r.status() == TimelineRun.Status.DONE));
        assertTrue(m.playback().isPlaying());
        assertEquals(0, m.playback().getPlayheadMs());
        assertEquals(400, m.playback().getEndMs(), "sequential raises at 400 ms, the longest run");
        m.pulse(40 * MS);
        assertEquals(40, m.playback().getPlayheadMs(), 1e-9);
        assertFalse(m.runs().get(1).isRevealed(), "gather raises at 100 ms: not yet");
        m.pulse(100 * MS);
        assertTrue(m.runs().get(1).isRevealed());
        assertFalse(m.runs().get(0).isRevealed());
    }

    /** Run again: the same panels (no new cards to style), shown pending until the runs are in, then done again. */
    @Test void runningAgainKeepsThePanelsAndShowsThemPendingUntilTheRunsAreIn() {
        ComparisonModel m = new ComparisonModel(BackgroundWork.direct());
        m.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL);
        m.pulse(0);
        List<RunViewModel> before = List.copyOf(m.runs());
        List<String> panel = panel(m, 0);
        List<?> guides = m.timelineRuns().stream().map(TimelineRun::guides).toList();
        m.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL);
        for (int i = 0; i < before.size(); i++) assertSame(before.get(i), m.runs().get(i));
        assertEquals(guides, m.timelineRuns().stream().map(TimelineRun::guides).toList(), "the placeholders keep the runs' guides");
        assertTrue(m.runs().stream().allMatch(r -> r.getState() == RunViewModel.State.PENDING && r.getReport() == null && r.getSummary() == null));
        assertTrue(m.timelineRuns().stream().allMatch(r -> r.status() == TimelineRun.Status.PENDING && r.lanes().settledBy(1e9)[0] == 0));
        m.pulse(0);
        assertTrue(m.runs().stream().allMatch(r -> r.getState() == RunViewModel.State.DONE));
        assertEquals(panel, panel(m, 0));
        assertEquals(400, m.playback().getEndMs());
    }

    /** Every run's event times, merged: sorted, each once, as sorting them all again gives. */
    @Test void eventTimesOfSeveralRunsMergeSortedAndDistinct() {
        double[] merged = ComparisonSession.merge(List.of(new double[] {0, 100, 300}, new double[] {}, new double[] {0, 50, 300, 400},
                new double[] {100, 200}));
        assertEquals(java.util.Arrays.toString(new double[] {0, 50, 100, 200, 300, 400}), java.util.Arrays.toString(merged));
        assertEquals(0, ComparisonSession.merge(List.of()).length);
    }

    @Test void outcomePanelsOfTheContractExample() {
        ComparisonModel m = new ComparisonModel(BackgroundWork.direct());
        m.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL);
        m.pulse(0);
        assertEquals(List.of(
                "sequential: raised TaskFailed (B) at 400 ms",
                "Raised",
                "  ✗ TaskFailed('B') from task B",
                "Never started",
                "  • C, D: never started — sequential stopped at the first failure",
                "await ended at 400 ms"), panel(m, 0));
        assertEquals(List.of(
                "gather(): raised TaskFailed (B) at 100 ms",
                "Raised",
                "  ✗ TaskFailed('B') from task B",
                "Still running when the await ended",
                "  ✓ A: succeeded at 300 ms, 200 ms after the await ended",
                "  ✓ C: succeeded at 200 ms, 100 ms after the await ended",
                "await ended at 100 ms · all tasks settled at 300 ms",
                "4.00× faster than sequential (400 → 100 ms to the end of the await)"), panel(m, 1));
        assertEquals("gather() · 2 processes: raised TaskFailed (B) at 100 ms", panel(m, 2).getFirst());
    }

    @Test void outcomePanelsTellSwallowedExceptionsAndWhoCancelled() {
        ComparisonModel m = new ComparisonModel(BackgroundWork.direct());
        m.run(TypicalComparisons.twoFailures(), ClockKind.VIRTUAL);
        m.pulse(0);
        assertEquals(List.of(
                "gather(): raised TaskFailed (B) at 100 ms",
                "Raised",
                "  ✗ TaskFailed('B') from task B",
                "Still running when the await ended",
                "  ✗ A: failed at 300 ms, 200 ms after the await ended",
                "  ✓ C: succeeded at 200 ms, 100 ms after the await ended",
                "Exceptions swallowed: nobody sees them",
                "  ✗ A: TaskFailed('A') at 300 ms — gather() had already raised TaskFailed",
                "await ended at 100 ms · all tasks settled at 300 ms",
                "3.00× faster than sequential (300 → 100 ms to the end of the await)"), panel(m, 1));
        assertEquals(List.of(
                "gather(return_exceptions=True): returned [TaskFailed(A), TaskFailed(B), C] at 300 ms",
                "Returned, in input order",
                "  ✗ A → TaskFailed('A')",
                "  ✗ B → TaskFailed('B')",
                "  ✓ C → 'C'",
                "await ended at 300 ms",
                "1.00× faster than sequential (300 → 300 ms to the end of the await)"), panel(m, 2));
        assertEquals(List.of(
                "TaskGroup(): raised ExceptionGroup (B) at 100 ms",
                "Raised",
                "  ✗ ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)",
                "  ✗   TaskFailed('B')",
                "Cancelled",
                "  ⊘ A, C: cancelled by the TaskGroup when a sibling failed",
                "await ended at 100 ms",
                "3.00× faster than sequential (300 → 100 ms to the end of the await)"), panel(m, 3));
        List<String> teardown = panel(m, 4);
        assertTrue(teardown.contains("  ⊘ A, C: cancelled by asyncio.run() teardown — not by gather()"), String.join("\n", teardown));
        assertFalse(teardown.contains("Exceptions swallowed: nobody sees them"), "teardown cancelled A before it could fail");
        assertEquals(List.of(
                "gather() · timeout 50 ms: raised TimeoutError at 50 ms",
                "Raised",
                "  ✗ TimeoutError: the 50 ms timeout expired and cancelled the await",
                "Cancelled",
                "  ⊘ A, B, C: cancelled by the 50 ms timeout",
                "await ended at 50 ms",
                "6.00× faster than sequential (300 → 50 ms to the end of the await)"), panel(m, 5));
    }

    @Test void aRealRunOfThreeShortTasksStreamsIntoTheTimelineAndCompletes() throws InterruptedException {
        ComparisonModel m = new ComparisonModel(new FxBackgroundWork("gatherlab-engine"));
        m.run(TypicalComparisons.threeShortTasks(), ClockKind.REAL);
        assertTrue(m.isLive());
        boolean sawPartial = false;
        long start = System.nanoTime();
        while (m.isRunning() && System.nanoTime() - start < 10_000 * MS) {
            m.pulse(System.nanoTime());
            TimelineRun r = m.timelineRuns().getFirst();
            if (r.status() == TimelineRun.Status.LIVE && !r.trace().events().isEmpty()) sawPartial = true;
            Thread.sleep(2);                       // polling the engine thread, not timing the UI
        }
        assertFalse(m.isRunning());
        assertTrue(sawPartial, "the timeline showed the run while it ran");
        assertFalse(m.isLive());
        TimelineRun done = m.timelineRuns().getFirst();
        assertEquals(TimelineRun.Status.DONE, done.status());
        assertEquals(List.of(TaskState.SUCCEEDED, TaskState.FAILED, TaskState.SUCCEEDED),
                done.lanes().lanes().stream().map(l -> l.end()).toList());
        assertEquals("Ran 1 run in real time (measured times); press Play to replay.", m.getStatus());
        assertTrue(m.runs().getFirst().getSummary().headline().startsWith("raised TaskFailed (B) at "));
        // A finished real run replays like any other.
        assertEquals(m.playback().getEndMs(), m.playback().getPlayheadMs());
        m.playback().play();
        assertEquals(0, m.playback().getPlayheadMs());
        m.pulse(System.nanoTime());
        m.pulse(System.nanoTime() + 10 * MS);
        assertTrue(m.playback().getPlayheadMs() > 0);
    }

    /**
     * Stop, as behaviour: the run ends stopped, nothing after the Stop is recorded (the busy loop cut short does not
     * "succeed" at the Stop, the call cut short has no outcome), and its threads are gone. How fast is a figure measured
     * on demand (soak.StopLatencyTest, in the README), not a wall-clock limit here.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python", "java"})
    void stopEndsALongRealRunAndRecordsNothingAfterIt(String family) throws InterruptedException {
        ComparisonModel m = new ComparisonModel(new FxBackgroundWork("gatherlab-engine"));
        m.run(family.equals("java") ? TypicalComparisons.tenSecondsInJava() : TypicalComparisons.tenSeconds(), ClockKind.REAL);
        long start = System.nanoTime();
        while (m.timelineRuns().getFirst().trace() == null || m.timelineRuns().getFirst().trace().events().stream()
                .filter(e -> e instanceof TraceEvent.Step).count() < 2) {
            assertTrue(System.nanoTime() - start < 30_000 * MS, "the run never got going");
            m.pulse(System.nanoTime());
            Thread.sleep(2);                       // polling the engine thread, not timing the UI
        }
        m.stop();
        long stop = System.nanoTime();
        while (m.isRunning()) {
            // Only a hang ends this wait: the Stop's speed is measured elsewhere.
            assertTrue(System.nanoTime() - stop < 30_000 * MS, "Stop did not end the run");
            m.pulse(System.nanoTime());
            Thread.sleep(1);
        }
        assertEquals(RunViewModel.State.STOPPED, m.runs().get(0).getState());
        assertEquals(RunViewModel.State.STOPPED, m.runs().get(1).getState(), "the second run never started");
        assertNull(m.runs().get(1).getReport());
        assertEquals(TimelineRun.Status.STOPPED, m.timelineRuns().getFirst().status());
        assertEquals("Stopped after 1 run of 2; the timeline keeps what had happened.", m.getStatus());

        RunReport stopped = m.runs().getFirst().getReport();
        assertNull(stopped.outcome(), "the call was cut short: no outcome");
        for (TaskReport t : stopped.tasks()) {
            assertNotNull(t.startMs(), t.name() + " had started");
            assertNull(t.endMs(), t.name() + ": nothing after the Stop is recorded, so no end");
        }
        assertTrue(stopped.trace().events().stream().noneMatch(e -> e instanceof TraceEvent.ComputeEnded), "B's loop was cut, not ended");
        assertEquals(List.of(
                stopped.label() + ": stopped before the await ended",
                "Stopped while running",
                "  … A, B: had started and were still running when Stop ended the run"), panel(m, 0).subList(0, 3));
        for (Thread t : Thread.getAllStackTraces().keySet())
            assertFalse(t.getName().startsWith("gatherlab-worker") || t.getName().startsWith("gatherlab-java-"), "outlived the run: " + t);
    }

    @Test void clickingATaskHighlightsItInEveryRunAndClickingAgainClears() {
        ComparisonModel m = new ComparisonModel(BackgroundWork.direct());
        m.toggleHighlight("B");
        assertEquals("B", m.getHighlightedTask());
        m.toggleHighlight("C");
        assertEquals("C", m.getHighlightedTask());
        m.toggleHighlight("C");
        assertNull(m.getHighlightedTask());
    }

    @Test void aFailureInTheBackgroundReachesTheStatus() {
        ComparisonModel m = new ComparisonModel(new BackgroundWork() {
            @Override
            public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> done,
                                   java.util.function.Consumer<? super Exception> failed) {
                throw new java.util.concurrent.RejectedExecutionException("shut down");
            }

            @Override
            public void execute(Runnable work) { throw new java.util.concurrent.RejectedExecutionException("shut down"); }
        });
        m.run(TypicalComparisons.contractExample(), ClockKind.VIRTUAL);
        m.pulse(0);
        assertFalse(m.isRunning());
        assertEquals("The comparison failed: java.util.concurrent.RejectedExecutionException: shut down", m.getStatus());
    }

    /**
     * A run whose tasks, seed and options are unchanged is not computed again (the virtual clock gives the same run
     * every time): Run on the picture an edit already computed shows those runs, played from the start; an edit to one
     * run's options computes that run alone; another seed or another task computes them all.
     */
    @Test void runsWhoseInputsAreUnchangedAreNotComputedAgain() {
        ComparisonModel m = new ComparisonModel(BackgroundWork.direct());
        Scenario s = TypicalComparisons.contractExample();
        m.update(s, true);
        m.pulse(0);
        List<RunReport> shown = reports(m);
        List<String> panels = panel(m, 1);

        m.run(s, ClockKind.VIRTUAL);
        m.pulse(0);
        for (int i = 0; i < 3; i++) assertSame(shown.get(i), m.runs().get(i).getReport(), "run " + i);
        assertEquals(panels, panel(m, 1));
        assertEquals("Computed 3 runs on the virtual clock (exact times).", m.getStatus());
        assertTrue(m.playback().isPlaying());
        assertEquals(0, m.playback().getPlayheadMs());
        assertEquals(400, m.playback().getEndMs());

        List<RunSpec> runs = new ArrayList<>(s.runs());
        runs.set(1, runs.get(1).withReturnExceptions(true));
        Scenario edited = new Scenario(s.name(), s.description(), s.seed(), s.tasks(), runs);
        m.update(edited, false);
        m.pulse(0);
        assertSame(shown.get(0), m.runs().get(0).getReport());
        assertNotSame(shown.get(1), m.runs().get(1).getReport());
        assertTrue(m.runs().get(1).getReport().run().returnExceptions(), "the edited run, computed");
        assertSame(shown.get(2), m.runs().get(2).getReport());

        List<RunReport> before = reports(m);
        m.update(new Scenario(s.name(), s.description(), s.seed() + 1, s.tasks(), runs), false);
        m.pulse(0);
        for (int i = 0; i < 3; i++) assertNotSame(before.get(i), m.runs().get(i).getReport(), "another seed: run " + i);

        before = reports(m);
        List<TaskSpec> tasks = new ArrayList<>(s.tasks());
        tasks.set(0, TaskSpec.io("A", 310));
        m.run(new Scenario(s.name(), s.description(), s.seed() + 1, tasks, runs), ClockKind.VIRTUAL);
        m.pulse(0);
        for (int i = 0; i < 3; i++) assertNotSame(before.get(i), m.runs().get(i).getReport(), "another task: run " + i);
        assertEquals(fresh(new Scenario(s.name(), s.description(), s.seed() + 1, tasks, runs), 1),
                m.runs().get(1).getReport().outcome(), "what is shown is what the engine computes");
    }

    private static List<RunReport> reports(ComparisonModel m) {
        return m.runs().stream().map(RunViewModel::getReport).toList();
    }

    /** The engine's run, computed afresh. */
    private static Outcome fresh(Scenario s, int run) {
        return Engine.runVirtual(s, s.runs().get(run), TraceListener.NONE).outcome();
    }
}
