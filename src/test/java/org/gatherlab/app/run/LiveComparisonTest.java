package org.gatherlab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.TaskField;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.report.Lanes;
import org.junit.jupiter.api.Test;

/**
 * The comparison always shows the editor's scenario, without the toolkit: checks run at once, and the engine's work
 * waits in a queue the test runs by hand, so that edits can overtake each other exactly as on a busy machine.
 */
class LiveComparisonTest {
    private static final long MS = 1_000_000L;

    /** The engine's thread, by hand: {@link #runAll()} does the queued work in order. */
    private static final class Queued implements BackgroundWork {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            queue.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        @Override
        public void execute(Runnable work) { queue.add(work); }

        void runAll() {
            for (Runnable r; (r = queue.poll()) != null; ) r.run();
        }
    }

    private final ScenarioEditorModel editor = new ScenarioEditorModel(BackgroundWork.direct(), () -> 7, Messages.english());
    private final Queued engine = new Queued();
    private final ComparisonModel comparison = new ComparisonModel(engine, Messages.english());
    private long now;

    LiveComparisonTest() {
        new LiveComparison(editor, comparison);
    }

    private void settle() {
        engine.runAll();
        now += 16 * MS;
        comparison.pulse(now);
    }

    /** Where task {@code name}'s lane ends in run {@code run}. */
    private double endOf(int run, String name) {
        for (Lanes.Lane l : comparison.timelineRuns().get(run).lanes().lanes()) if (l.name().equals(name)) return l.endMs();
        throw new AssertionError("no lane " + name);
    }

    private int index(String name) {
        for (int i = 0; i < editor.tasks().size(); i++) if (editor.tasks().get(i).task().name().equals(name)) return i;
        throw new AssertionError(name);
    }

    @Test void theStarterScenarioIsShownWithoutRunningItAndWaitsAtTheStartForTheClassToPredict() {
        settle();
        assertEquals(3, comparison.timelineRuns().size());
        assertTrue(comparison.timelineRuns().stream().allMatch(r -> r.status() == TimelineRun.Status.DONE));
        assertEquals(editor.scenario().tasks().size(), comparison.timelineRuns().get(0).taskCount());
        assertEquals(0, comparison.playback().getPlayheadMs(), "a new scenario waits at 0 ms, paused");
        assertFalse(comparison.playback().isPlaying());
        assertFalse(comparison.runs().get(0).isRevealed(), "its outcome is not told before the playhead gets there");
        assertFalse(comparison.isRunning());
        assertFalse(comparison.isStale());
    }

    @Test void anEditIsShownInPlaceKeepingTheCardsAndTheHighlight() {
        settle();
        List<RunViewModel> cards = List.copyOf(comparison.runs());
        comparison.highlight("B");
        double gatherEnd = comparison.playback().getEndMs();

        editor.editTask(index("C"), TaskField.DURATION_MS, "900");
        settle();

        assertEquals(900, endOf(1, "C"), "gather(): C now ends at 900 ms");
        assertEquals(List.of(cards.get(0), cards.get(1), cards.get(2)), List.copyOf(comparison.runs()), "the same cards, updated in place");
        assertEquals("B", comparison.getHighlightedTask());
        assertTrue(comparison.playback().getEndMs() > gatherEnd);
        assertEquals(comparison.playback().getEndMs(), comparison.playback().getPlayheadMs(), "after an edit the whole picture shows");
        assertTrue(comparison.runs().get(1).isRevealed());
        assertEquals("3 runs on the virtual clock, as edited (exact times).", comparison.getStatus());
    }

    @Test void theLatestEditWinsAndOverTakenWorkIsDroppedUnseen() {
        settle();
        long before = comparison.revisionProperty().get();
        editor.editTask(index("A"), TaskField.DURATION_MS, "1000");
        editor.editTask(index("A"), TaskField.DURATION_MS, "2000");
        editor.editTask(index("A"), TaskField.DURATION_MS, "3000");
        assertEquals(3, engine.queue.size(), "each edit asked for an update; nothing was computed on this thread");
        assertEquals(before, comparison.revisionProperty().get(), "and nothing changed on screen yet");

        settle();
        assertEquals(3000, endOf(1, "A"));
        assertEquals(before + 1, comparison.revisionProperty().get(), "one new picture, not three");
    }

    @Test void workOvertakenWhileItRunsPostsNothing() {
        settle();
        editor.editTask(index("A"), TaskField.DURATION_MS, "1000");
        Runnable first = engine.queue.poll();
        editor.editTask(index("A"), TaskField.DURATION_MS, "2000");
        first.run();   // finishes after the second edit: its picture is of an old scenario
        now += 16 * MS;
        comparison.pulse(now);
        assertEquals(300, endOf(1, "A"), "the first edit's result was dropped");
        settle();
        assertEquals(2000, endOf(1, "A"));
    }

    @Test void aProblemKeepsTheLastGoodPictureMarkedOutOfDateWithTheProblemNamed() {
        settle();
        editor.editTask(index("B"), TaskField.DURATION_MS, "500");
        settle();
        List<TimelineRun> good = comparison.timelineRuns();

        editor.editTask(index("B"), TaskField.DURATION_MS, "-5");
        settle();
        assertTrue(comparison.isStale());
        assertEquals("Out of date: tasks[1].durationMs: must be between 0 and 3600000, got -5", comparison.staleReasonProperty().get());
        assertSame(good, comparison.timelineRuns(), "the last good picture stays");
        assertEquals(500, endOf(1, "B"));

        editor.editTask(index("B"), TaskField.DURATION_MS, "500");
        settle();
        assertFalse(comparison.isStale(), "back to the scenario shown: current again");
        assertEquals("", comparison.staleReasonProperty().get());
        assertTrue(engine.queue.isEmpty(), "the same scenario is not computed again");

        int b = index("B");
        editor.editTask(b, TaskField.NAME, "");
        settle();
        assertTrue(comparison.isStale(), "an empty name: " + comparison.staleReasonProperty().get());
        editor.editTask(b, TaskField.NAME, "B2");
        settle();
        assertFalse(comparison.isStale());
        assertEquals(500, endOf(1, "B2"));
    }

    @Test void aNewScenarioStartsEveryPanelOver() {
        settle();
        editor.editTask(index("A"), TaskField.DURATION_MS, "50");
        settle();
        comparison.highlight("A");
        List<RunViewModel> cards = List.copyOf(comparison.runs());

        Scenario lesson = Scenario.of("Lesson", List.of(TaskSpec.io("X", 100), TaskSpec.io("Y", 200).failing()),
                List.of(RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.TASKGROUP)));
        editor.load(lesson);
        settle();
        assertEquals(2, comparison.runs().size());
        assertNotSame(cards.get(0), comparison.runs().get(0));
        assertEquals(List.of("X", "Y"), comparison.timelineRuns().get(0).lanes().lanes().stream().map(Lanes.Lane::name).toList());
        assertNull(comparison.getHighlightedTask(), "nothing of the old scenario stays highlighted");
        assertEquals(0, comparison.playback().getPlayheadMs());
        assertFalse(comparison.playback().isPlaying());
    }

    @Test void generatedTasksStartEveryPanelOverToo() {
        settle();
        editor.editTask(index("A"), TaskField.DURATION_MS, "50");
        settle();
        List<RunViewModel> cards = List.copyOf(comparison.runs());
        editor.replaceTasks(List.of(TaskSpec.io("G1", 10), TaskSpec.cpu("G2", 20)));
        settle();
        assertNotSame(cards.get(0), comparison.runs().get(0));
        assertEquals(0, comparison.playback().getPlayheadMs());
        assertEquals(2, comparison.timelineRuns().get(1).taskCount());
    }

    @Test void anUndoIsShownLikeAnyEdit() {
        settle();
        editor.editTask(index("C"), TaskField.DURATION_MS, "900");
        settle();
        editor.undo();
        settle();
        assertEquals(400, endOf(1, "C"));
        editor.redo();
        settle();
        assertEquals(900, endOf(1, "C"));
    }
}
