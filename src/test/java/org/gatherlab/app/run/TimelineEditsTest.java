package org.gatherlab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.Primitive;
import org.gatherlab.app.timeline.TimelineLayout;
import org.gatherlab.app.timeline.Viewport;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskState;
import org.gatherlab.report.Lanes;
import org.junit.jupiter.api.Test;

/**
 * Editing on the timeline without the toolkit: hit-testing end markers on a laid-out frame, then drags, clicks and
 * keys through {@link TimelineEdits}, each an edit of the editor's model, shown again in every run.
 */
class TimelineEditsTest {
    private final ScenarioEditorModel editor = new ScenarioEditorModel(BackgroundWork.direct(), () -> 7, Messages.english());
    private final ComparisonModel comparison = new ComparisonModel(BackgroundWork.direct(), Messages.english());
    private final TimelineEdits edits = new TimelineEdits(editor, comparison);
    private long now;

    TimelineEditsTest() {
        new LiveComparison(editor, comparison);
        pulse();
        comparison.playback().scrub(comparison.playback().getEndMs());   // the whole picture, every end marker drawn
    }

    private void pulse() {
        now += 16_000_000L;
        comparison.pulse(now);
    }

    private Frame frame() {
        Viewport vp = Viewport.fit(TimelineLayout.spanMs(comparison.timelineRuns()), 1000, 2000);
        return TimelineLayout.layout(comparison.timelineRuns(), comparison.layoutPlayheadMs(), vp);
    }

    private Primitive.EndGlyph glyph(Frame f, int run, int task) {
        return f.all(Primitive.EndGlyph.class).stream().filter(g -> g.run() == run && g.task() == task).findFirst().orElseThrow();
    }

    private double end(int run, int task) {
        return comparison.timelineRuns().get(run).lanes().lanes().get(task).endMs();
    }

    @Test void theFrameSaysWhichTasksEndIsUnderThePointer() {
        Frame f = frame();
        Primitive.EndGlyph b = glyph(f, 1, 1);
        Frame.EndHit hit = f.endAt(b.x() + 4, b.cy() + 3);
        assertNotNull(hit);
        assertEquals(1, hit.run());
        assertEquals(1, hit.task());
        assertEquals(200, hit.atMs(), 1e-6, "gather(): B ends at 200 ms");
        assertNull(f.endAt(b.x() + Frame.END_GRAB + 2, b.cy()), "beyond the grab distance");
        assertNull(f.endAt(b.x(), b.cy() + TimelineLayout.LANE_H), "in the next lane: C's end is elsewhere");
        assertNull(f.endAt(b.x(), 5), "over the ruler");
    }

    @Test void draggingBsEndMakesItLongerInEveryRunSnappedToTenMillisecondsAsOneUndoStep() {
        Frame f = frame();
        Frame.EndHit hit = f.endAt(glyph(f, 1, 1).x(), glyph(f, 1, 1).cy());
        assertTrue(edits.press(hit));
        edits.drag(243.0, false);
        pulse();
        assertEquals(240, editor.tasks().get(1).task().durationMs(), "snapped to 10 ms");
        assertEquals(240, end(1, 1), "gather() re-laid while dragging");
        edits.drag(387.4, false);
        pulse();
        assertEquals(390, end(1, 1));
        assertEquals(300 + 390, end(0, 1), "sequential: B starts after A (300 ms) and now takes 390 ms");
        edits.drag(387.4, true);
        pulse();
        assertEquals(387, editor.tasks().get(1).task().durationMs(), "Shift: 1 ms");
        edits.release(true);

        assertTrue(editor.undo());
        pulse();
        assertEquals(200, editor.tasks().get(1).task().durationMs(), "the whole drag is one undo step");
        assertEquals(200, end(1, 1));
        assertFalse(editor.canUndoProperty().get());
    }

    @Test void aDurationNeverGoesBelowZero() {
        Frame f = frame();
        edits.press(f.endAt(glyph(f, 1, 1).x(), glyph(f, 1, 1).cy()));
        edits.drag(-500, false);
        edits.release(true);
        assertEquals(0, editor.tasks().get(1).task().durationMs());
    }

    @Test void clickingCsEndMakesItFailAndAgainMakesItSucceed() {
        Frame f = frame();
        Frame.EndHit c = f.endAt(glyph(f, 1, 2).x(), glyph(f, 1, 2).cy());
        assertTrue(edits.press(c));
        edits.release(false);
        pulse();
        assertEquals(1.0, editor.tasks().get(2).task().failureRate());
        Lanes.Lane lane = comparison.timelineRuns().get(1).lanes().lanes().get(2);
        assertEquals(TaskState.FAILED, lane.end(), "C fails in gather()");
        assertTrue(comparison.runs().get(1).getSummary().text().getFirst().contains("raised TaskFailed (C)"),
                comparison.runs().get(1).getSummary().text().toString());

        f = frame();
        edits.press(f.endAt(glyph(f, 1, 2).x(), glyph(f, 1, 2).cy()));
        edits.release(false);
        pulse();
        assertEquals(0.0, editor.tasks().get(2).task().failureRate());
        editor.undo();
        editor.undo();
        pulse();
        assertEquals(0.0, editor.tasks().get(2).task().failureRate());
        assertFalse(editor.canUndoProperty().get(), "each click was one step");
    }

    @Test void aMarkerOfATaskTheEditorNoLongerHasIsNotGrabbed() {
        Frame f = frame();
        Frame.EndHit e = f.endAt(glyph(f, 1, 4).x(), glyph(f, 1, 4).cy());
        editor.deleteTasks(java.util.List.of(4));   // the picture still shows E until the update is taken in
        assertFalse(edits.press(e));
    }

    @Test void keysEditTheSelectedTask() {
        assertFalse(edits.nudgeSelected(1, false), "nothing selected: the keys do nothing");
        comparison.highlight("D");
        assertTrue(edits.nudgeSelected(1, false));
        assertEquals(110, editor.tasks().get(3).task().durationMs());
        edits.nudgeSelected(-1, true);
        assertEquals(109, editor.tasks().get(3).task().durationMs());
        edits.nudgeSelected(-1, false);
        assertEquals(100, editor.tasks().get(3).task().durationMs(), "to the next multiple of 10 below");
        assertTrue(edits.toggleFailureOfSelected());
        assertEquals(1.0, editor.tasks().get(3).task().failureRate());
        assertTrue(edits.toggleKindOfSelected());
        assertEquals(TaskKind.CPU, editor.tasks().get(3).task().kind());
        pulse();
        assertEquals(TaskState.FAILED, comparison.timelineRuns().get(1).lanes().lanes().get(3).end());
        edits.toggleKindOfSelected();
        assertEquals(TaskKind.IO, editor.tasks().get(3).task().kind());
    }
}
