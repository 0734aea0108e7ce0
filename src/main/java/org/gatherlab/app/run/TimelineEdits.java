package org.gatherlab.app.run;

import java.util.List;
import java.util.Objects;

import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.TaskRow;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;

/**
 * Editing the scenario on the timeline: the timeline is a second view of the editor's model, and every edit here is
 * the editor's own (checked, undoable, shown again in every run by {@link LiveComparison}).
 * <ul>
 *   <li>Drag a task's end marker: its duration follows the pointer, snapped to {@value #SNAP_MS} ms ({@value #FINE_MS}
 *       ms with Shift). The whole drag is one undo step.</li>
 *   <li>Click it: the task fails or not (failureRate 0 ↔ 1).</li>
 *   <li>On the selected (highlighted) task: Alt+←/→ shorter/longer by {@value #SNAP_MS} ms (Shift: 1 ms), F its
 *       failure, K its kind (io ↔ cpu).</li>
 * </ul>
 * The duration moves by as much as the pointer moved from the end it grabbed, so the end follows the pointer in any
 * run where the task is not cut short (a cancelled task's end is where it was cancelled, and stays there).
 */
public final class TimelineEdits implements TimelineCanvas.EndEditor {
    public static final double SNAP_MS = 10, FINE_MS = 1;
    /** The contract's largest duration. */
    static final double MAX_DURATION_MS = 3_600_000;

    private final ScenarioEditorModel editor;
    private final ComparisonModel comparison;
    private int task = -1;
    private double startDuration, startEndMs;
    private boolean grouped;

    public TimelineEdits(ScenarioEditorModel editor, ComparisonModel comparison) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.comparison = Objects.requireNonNull(comparison, "comparison");
    }

    @Override
    public boolean press(Frame.EndHit hit) {
        int index = editorIndex(hit.run(), hit.task());
        if (index < 0) return false;
        task = index;
        startDuration = editor.tasks().get(index).task().durationMs();
        startEndMs = comparison.timelineRuns().get(hit.run()).lanes().lanes().get(hit.task()).endMs();
        grouped = false;
        return true;
    }

    @Override
    public void drag(double ms, boolean fine) {
        if (task < 0 || task >= editor.tasks().size() || !Double.isFinite(ms)) return;
        double step = fine ? FINE_MS : SNAP_MS;
        double duration = Math.clamp(Math.round((startDuration + ms - startEndMs) / step) * step, 0, MAX_DURATION_MS);
        if (!grouped) {
            editor.beginEdit();
            grouped = true;
        }
        editor.setTaskDuration(task, duration);
    }

    @Override
    public void release(boolean dragged) {
        if (task < 0) return;
        if (grouped) editor.endEdit();
        else if (!dragged) toggleFailure(task);
        task = -1;
        grouped = false;
    }

    /** Alt+← / Alt+→ on the selected task; false when no task is selected. */
    public boolean nudgeSelected(int direction, boolean fine) {
        int i = selected();
        if (i < 0) return false;
        double step = fine ? FINE_MS : SNAP_MS;
        double now = editor.tasks().get(i).task().durationMs();
        // To the next multiple of the step: 213 ms goes to 220 or 210, not 223.
        double next = direction > 0 ? Math.floor(now / step + 1e-9) * step + step : Math.ceil(now / step - 1e-9) * step - step;
        editor.setTaskDuration(i, Math.clamp(next, 0, MAX_DURATION_MS));
        return true;
    }

    /** F on the selected task. */
    public boolean toggleFailureOfSelected() {
        int i = selected();
        if (i >= 0) toggleFailure(i);
        return i >= 0;
    }

    /** K on the selected task: io ↔ cpu. */
    public boolean toggleKindOfSelected() {
        int i = selected();
        if (i < 0) return false;
        TaskSpec t = editor.tasks().get(i).task();
        editor.setTaskKind(i, t.kind() == TaskKind.IO ? TaskKind.CPU : TaskKind.IO);
        return true;
    }

    private void toggleFailure(int index) {
        editor.setTaskFailureRate(index, editor.tasks().get(index).task().failureRate() > 0 ? 0 : 1);
    }

    /** The editor's index of the highlighted task, or -1. */
    private int selected() {
        String name = comparison.getHighlightedTask();
        if (name == null) return -1;
        List<TaskRow> rows = editor.tasks();
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).task().name().equals(name)) return i;
        return -1;
    }

    /**
     * The editor's row of a lane: lanes are in the scenario's task order, but the picture may be of a scenario the
     * editor has moved on from (a row deleted meanwhile), so the name must agree too.
     */
    private int editorIndex(int run, int lane) {
        List<TimelineRun> runs = comparison.timelineRuns();
        if (run < 0 || run >= runs.size() || lane < 0 || lane >= runs.get(run).lanes().lanes().size()) return -1;
        String name = runs.get(run).lanes().lanes().get(lane).name();
        if (lane < editor.tasks().size() && editor.tasks().get(lane).task().name().equals(name)) return lane;
        return -1;
    }
}
