package org.gatherlab.app.timeline;

import java.util.List;

import org.gatherlab.engine.TaskState;
import org.gatherlab.report.Lanes;
import org.gatherlab.report.LaneState;

/**
 * One thing to draw, in canvas pixels. A {@link Frame} is a list of these in paint order; the painter
 * maps each to a few GraphicsContext calls and decides nothing. {@code run} is the 0-based run (panel).
 */
public sealed interface Primitive {

    enum LaneKind { LOOP, TASK, WORKER }

    /** A faint vertical line through the lanes at an axis tick. */
    record GridLine(double x, double y0, double y1) implements Primitive { }

    /** The row of the highlighted task, across the whole width. */
    record Highlight(int run, int task, double y, double h) implements Primitive { }

    /** A lane's name in the gutter; its row {@code [y, y+h)} is also what hovering and clicking hit. */
    record LaneLabel(int run, LaneKind kind, int index, double y, double h, String text, boolean highlighted) implements Primitive { }

    /** The event loop's idle stretch: a thin dashed line along the middle of its lane. */
    record IdleLine(int run, double x0, double x1, double y) implements Primitive { }

    /**
     * A stretch of one lane in one state. {@code merged} counts the segments (spans) folded into it
     * because they were narrower than a pixel; {@code task} is whose it is (a worker's job), or -1;
     * {@code text} is a label drawn inside when it fits, else null.
     */
    record Bar(int run, LaneKind kind, int index, int task, double x, double y, double w, double h, LaneState state,
               int merged, String text) implements Primitive { }

    /** Timers that fired late because the loop was busy: a flag on the loop lane, and "+N ms late" when it fits. */
    record LateMark(int run, double x, double y, double lateMs, int count, String text) implements Primitive { }

    /** Someone asked to cancel the task here (delivery waits for its next await). */
    record CancelTick(int run, int task, double x, double y) implements Primitive { }

    /** A Java task's thread held carrier or pool thread {@code slot} from x0 to x1: a line along the lane's foot at y. */
    record HeldLine(int run, int task, double x0, double x1, double y, int slot) implements Primitive { }

    /**
     * An interrupt reached a Java task's thread here, in the lane whose top is y: {@code delivered} (Thread.sleep threw
     * InterruptedException) or not (a CPU loop never looks at the flag).
     */
    record InterruptMark(int run, int task, double x, double y, boolean delivered) implements Primitive { }

    /** How the task ended, centred at (x, cy): ✓ succeeded, ✗ failed, ⊘ cancelled; {@code label} the cause, when it fits. */
    record EndGlyph(int run, int task, double x, double cy, TaskState state, String label) implements Primitive { }

    /** A word in a lane, e.g. "not started". */
    record Note(int run, double x, double y, String text) implements Primitive { }

    /** An ideal total (sum, max, ceil(N/workers) × d) as a dashed line through a panel's lanes. */
    record GuideLine(int run, double x, double y0, double y1, double atMs, String label) implements Primitive { }

    /** Where the caller's await returned or raised (or was asked to cancel, or teardown began). */
    record CallerLine(int run, double x, double y0, double y1, Lanes.MarkKind kind, double atMs, String text) implements Primitive { }

    /** How far a live run has got: its clock's "now". */
    record LiveEdge(int run, double x, double y0, double y1) implements Primitive { }

    /**
     * A panel's heading: title and detail on the first row, the annotations of its caller marks and guides
     * on the second. Where the first row is too narrow for both, the detail starts the second row ({@code detailRow}
     * 2) rather than being cut. {@code pinned}: the panel's top has scrolled away and its heading sticks under the ruler.
     */
    record PanelHeader(int run, double y, double h, String title, String detail, int detailRow, boolean pinned,
                       List<Annotation> annotations) implements Primitive { }

    /** A text in a heading's {@code row} (1 or 2), starting at {@code x}. */
    record Annotation(double x, int row, String text, AnnotationKind kind) { }

    enum AnnotationKind { RETURNED, RAISED, CALLER_OTHER, GUIDE }

    /** The time ruler along the top, {@code height} px tall. */
    record Ruler(double width, double height) implements Primitive { }

    /** A tick on the ruler; {@code label} is null where it would not fit. */
    record Tick(double x, String label) implements Primitive { }

    /**
     * The playback position, through every panel, with its time on the ruler in a tag from {@code tagX}, {@code tagW}
     * wide (kept inside the plot; the axis labels it would cover are left out).
     */
    record Playhead(double x, double y0, double y1, String label, double tagX, double tagW) implements Primitive { }
}
