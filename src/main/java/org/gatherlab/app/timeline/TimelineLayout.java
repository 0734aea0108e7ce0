package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gatherlab.app.fx.EngineWords;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.timeline.Primitive.Annotation;
import org.gatherlab.app.timeline.Primitive.AnnotationKind;
import org.gatherlab.app.timeline.Primitive.LaneKind;
import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TaskState;
import org.gatherlab.report.Lanes;
import org.gatherlab.report.LaneState;
import org.gatherlab.report.Values;

/**
 * The timeline as a pure function of (runs, playhead, viewport): every run is a panel on one shared time
 * axis, stacked top to bottom and scrolled together; each panel has a heading, the event loop's lane, one
 * lane per task and one per pool worker.
 *
 * <p>What it promises, so that painting stays cheap at any size:
 * <ul>
 * <li>Only rows that intersect the viewport are produced: the rows on screen are found by arithmetic, so
 *     a run of 100,000 tasks costs what a run of 40 does.</li>
 * <li>Within a lane, stretches narrower than a pixel are folded into their neighbour (the longest one
 *     gives the merged bar its state), so a lane never yields more bars than it has pixels.</li>
 * <li>Nothing after the playhead is shown: the panels grow as the playhead moves, exactly as they grow
 *     while a real run streams in. The axis, the grid and the ideal-total guides are drawn in full.</li>
 * </ul>
 * Text widths are estimated ({@link #CHAR_W} px per character), not measured, so that the layout needs no
 * toolkit and tests can state exact primitives.
 */
public final class TimelineLayout {
    private TimelineLayout() {}

    /** Label gutter left of the plot. */
    public static final double GUTTER = 128;
    /** The time ruler above the scrolled content. */
    public static final double RULER_H = 24;
    /** A panel's heading: title row and annotation row. */
    public static final double HEADER_H = 40;
    /** One lane. */
    public static final double LANE_H = 18;
    /** A bar sits this far inside its lane, top and bottom. */
    public static final double BAR_INSET = 3;
    /** Space below a panel's last lane. */
    public static final double PANEL_GAP = 12;
    /** Room kept right of the span when fitting, so end glyphs at the very end show. */
    public static final double RIGHT_MARGIN = 28;
    /** The estimated width of one character of the 12 px canvas font. */
    public static final double CHAR_W = 7;
    private static final int MAX_LABEL_CHARS = (int) ((GUTTER - 14) / CHAR_W);

    /** In English, nothing highlighted. */
    public static Frame layout(List<TimelineRun> runs, double playheadMs, Viewport vp) {
        return layout(runs, playheadMs, vp, null, Words.english());
    }

    /** In English. */
    public static Frame layout(List<TimelineRun> runs, double playheadMs, Viewport vp, String highlight) {
        return layout(runs, playheadMs, vp, highlight, Words.english());
    }

    /**
     * @param playheadMs where playback is; {@code +Infinity} shows every run as far as it is known
     *                   (used while real runs stream in)
     * @param highlight  a task name to highlight in every run, or null
     * @param w          the language of the frame's words (headings, lane names, notes)
     */
    public static Frame layout(List<TimelineRun> runs, double playheadMs, Viewport vp, String highlight, Words w) {
        List<Primitive> out = new ArrayList<>();
        double span = spanMs(runs);
        double content = contentHeight(runs, vp.rows());
        double viewTop = RULER_H, viewBottom = vp.height();
        double contentBottom = Math.min(viewBottom, screenY(vp, content));
        List<Primitive.Tick> ticks = TimeAxis.ticks(vp);
        for (Primitive.Tick t : ticks) out.add(new Primitive.GridLine(t.x(), viewTop, contentBottom));

        List<Primitive.PanelHeader> headers = new ArrayList<>();
        double panelTop = 0;
        for (int r = 0; r < runs.size(); r++) {
            TimelineRun run = runs.get(r);
            double h = vp.rows().panel(run.rows());
            double top = screenY(vp, panelTop);
            if (top + h > viewTop && top < viewBottom) panel(out, headers, r, run, top, vp, playheadMs, highlight, w);
            panelTop += h;
        }
        out.addAll(headers);
        out.add(new Primitive.Ruler(vp.width(), RULER_H));
        Primitive.Playhead playhead = Double.isFinite(playheadMs) && playheadMs >= vp.startMs() && playheadMs <= vp.endMs()
                ? playhead(vp.x(playheadMs), contentBottom, timeLabel(playheadMs), vp.width()) : null;
        out.addAll(playhead == null ? ticks : TimeAxis.clear(ticks, playhead.tagX() - 4, playhead.tagX() + playhead.tagW() + 4));
        if (playhead != null) out.add(playhead);
        return new Frame(vp, span, content, out);
    }

    /** The playhead and its tag on the ruler, centred on it but kept right of the gutter and inside the width. */
    static Primitive.Playhead playhead(double x, double bottom, String label, double width) {
        double tw = textWidth(label) + 10;
        double tagX = Math.max(GUTTER, Math.min(x - tw / 2, width - tw));
        return new Primitive.Playhead(x, 0, bottom, label, tagX, tw);
    }

    /** The shared axis: the latest time any run puts on it (at least 1 ms). */
    public static double spanMs(List<TimelineRun> runs) {
        double span = 0;
        for (TimelineRun r : runs) span = Math.max(span, r.extentMs());
        return span > 0 ? span : 1;
    }

    /** The height of every panel stacked: what the vertical scroll bar spans. */
    public static double contentHeight(List<TimelineRun> runs) {
        return contentHeight(runs, Rows.STANDARD);
    }

    /** The same with these rows. */
    public static double contentHeight(List<TimelineRun> runs, Rows rows) {
        double h = 0;
        for (TimelineRun r : runs) h += rows.panel(r.rows());
        return h;
    }

    public static double panelHeight(TimelineRun run) {
        return Rows.STANDARD.panel(run.rows());
    }

    /** The content y (0 at the first panel's top) of a run's panel. */
    public static double panelTop(List<TimelineRun> runs, int run) {
        double y = 0;
        for (int r = 0; r < run; r++) y += panelHeight(runs.get(r));
        return y;
    }

    /** The canvas y of a content y. */
    static double screenY(Viewport vp, double contentY) {
        return RULER_H + contentY - vp.scrollY();
    }

    public static double textWidth(String s) {
        return s.length() * CHAR_W;
    }

    // ---------------------------------------------------------------------------------------------- panels

    private static void panel(List<Primitive> out, List<Primitive.PanelHeader> headers, int r, TimelineRun run,
                              double top, Viewport vp, double playheadMs, String highlight, Words w) {
        double viewTop = RULER_H, viewBottom = vp.height();
        double cutoff = Math.min(playheadMs, run.availableUntilMs());
        double from = vp.startMs(), to = Math.min(vp.endMs(), cutoff);
        double laneH = vp.rows().lane(), headerH = vp.rows().header();
        double lanesTop = top + headerH;
        int rows = run.rows();
        double lanesBottom = lanesTop + rows * laneH;
        double clipTop = Math.max(viewTop, top + headerH - 16), clipBottom = Math.min(viewBottom, lanesBottom);
        int first = (int) Math.max(0, Math.floor((viewTop - lanesTop) / laneH));
        int last = (int) Math.min(rows - 1, Math.floor((viewBottom - lanesTop) / laneH));
        int n = run.taskCount();

        for (int row = first; row <= last; row++) {
            int task = row - 1;
            if (row >= 1 && row <= n && highlight != null && highlight.equals(run.lanes().lanes().get(task).name())) {
                out.add(new Primitive.Highlight(r, task, lanesTop + row * laneH, laneH));
            }
        }
        List<Annotation> annotations = new ArrayList<>();
        String title = (r + 1) + "  " + run.label(), detail = RunHeading.detail(run, cutoff, w);
        List<double[]> taken = new ArrayList<>();
        // Row 1 holds the title and the detail; annotations go on row 2, or on row 1 right of them. In a narrow
        // timeline (a small projector, presenter mode's large text) the detail starts row 2 instead of being cut.
        double titleEnd = 8 + textWidth(title) * 1.1;
        int detailRow = titleEnd + 14 + textWidth(detail) > vp.width() ? 2 : 1;
        // Still too wide on a row of its own (a long Java exception's name): the await's outcome stays whole and
        // "all tasks settled at" goes, since the lanes show where the last task ends.
        if (detailRow == 2 && 8 + textWidth(detail) > vp.width()) detail = RunHeading.detail(run, cutoff, w, false);
        if (detailRow == 1) taken.add(new double[] {0, titleEnd + 14 + textWidth(detail), 1});
        else {
            taken.add(new double[] {0, titleEnd, 1});
            taken.add(new double[] {0, 8 + textWidth(detail), 2});
        }
        List<Primitive> marks = new ArrayList<>();
        // Caller marks first, the await's end first of all: where the await ended matters more than where
        // an ideal lies, so it gets the first pick of room for its label.
        List<Lanes.Mark> callerMarks = new ArrayList<>(run.lanes().caller());
        callerMarks.sort(Comparator.comparing(m -> m.kind() != Lanes.MarkKind.RETURNED && m.kind() != Lanes.MarkKind.RAISED));
        for (Lanes.Mark m : callerMarks) {
            if (m.atMs() > cutoff || m.atMs() < from || m.atMs() > vp.endMs()) continue;
            double x = vp.x(m.atMs());
            // Short: the heading already tells the whole outcome and its time.
            String text = switch (m.kind()) {
                case RETURNED -> w.text("timeline.mark.returned");
                case RAISED -> w.format("timeline.mark.raised", m.detail());
                case TEARDOWN -> w.text("timeline.mark.teardown");
                case CANCEL_REQUESTED -> w.format("timeline.mark.callerCancelled", RunHeading.causeDetail(w, m.detail()));
            };
            AnnotationKind kind = switch (m.kind()) {
                case RETURNED -> AnnotationKind.RETURNED;
                case RAISED -> AnnotationKind.RAISED;
                default -> AnnotationKind.CALLER_OTHER;
            };
            marks.add(new Primitive.CallerLine(r, x, clipTop, clipBottom, m.kind(), m.atMs(), text));
            place(annotations, taken, x, text, kind, vp.width());
        }
        for (Guides.Guide g : run.guides()) {
            if (g.atMs() < from) continue;
            if (g.atMs() > vp.endMs()) {
                // Beyond the axis: no line, but say where it lies, at the right edge.
                String text = w.format("timeline.ideal.beyond", g.label());
                place(annotations, taken, vp.width() - 4 - textWidth(text) - 4, text, AnnotationKind.GUIDE, vp.width());
                continue;
            }
            double x = vp.x(g.atMs());
            out.add(new Primitive.GuideLine(r, x, clipTop, clipBottom, g.atMs(), g.label()));
            // Where the whole label does not fit, the figure alone (the tooltip of a lane is no help here).
            if (!place(annotations, taken, x, w.format("timeline.ideal", g.label()), AnnotationKind.GUIDE, vp.width())) {
                place(annotations, taken, x, Values.ms(g.atMs()), AnnotationKind.GUIDE, vp.width());
            }
        }

        List<Primitive> notes = new ArrayList<>();
        for (int row = first; row <= last; row++) {
            double y = lanesTop + row * laneH;
            if (row == 0) loopLane(out, r, run, y, vp, from, to, cutoff, w);
            else if (row <= n) taskLane(out, notes, r, run, row - 1, y, vp, from, to, cutoff, highlight, w);
            else workerLane(out, r, run, row - 1 - n, y, vp, from, to, cutoff, w);
        }
        out.addAll(marks);
        out.addAll(notes);
        if (run.status() == TimelineRun.Status.LIVE && run.availableUntilMs() >= from && run.availableUntilMs() <= vp.endMs()) {
            out.add(new Primitive.LiveEdge(r, vp.x(run.availableUntilMs()), clipTop, clipBottom));
        }
        boolean pinned = top < viewTop && lanesBottom > viewTop + headerH;
        double headerY = pinned ? viewTop : top;
        if (pinned || top + headerH > viewTop) {
            headers.add(new Primitive.PanelHeader(r, headerY, headerH, title, detail, detailRow, pinned, List.copyOf(annotations)));
        }
    }

    /**
     * Puts a text on the heading's second row right of x, or else left of it, or else the same on the first
     * row, wherever it overlaps nothing placed before; else drops it (the line itself is still drawn) and
     * says so.
     */
    private static boolean place(List<Annotation> placed, List<double[]> taken, double x, String text, AnnotationKind kind, double width) {
        // The await's end is drawn bold: wider than the estimate of the regular font (as the title's).
        double w = textWidth(text) * (kind == AnnotationKind.RETURNED || kind == AnnotationKind.RAISED ? 1.1 : 1);
        for (int row = 2; row >= 1; row--) {
            double[][] tries = {{x + 4, x + 4 + w, row}, {x - 4 - w, x - 4, row}};
            for (double[] span : tries) {
                if (span[0] < GUTTER || span[1] > width) continue;
                boolean free = true;
                for (double[] t : taken) if (t[2] == row && span[0] < t[1] + 6 && t[0] < span[1] + 6) { free = false; break; }
                if (free) {
                    taken.add(span);
                    placed.add(new Annotation(span[0], row, text, kind));
                    return true;
                }
            }
        }
        return false;
    }

    // ----------------------------------------------------------------------------------------------- lanes

    private static void loopLane(List<Primitive> out, int r, TimelineRun run, double y, Viewport vp, double from, double to, double cutoff,
                                 Words w) {
        double laneH = vp.rows().lane();
        out.add(new Primitive.LaneLabel(r, LaneKind.LOOP, -1, y, laneH, fit(LaneDetails.busyLaneName(run, w)), false));
        double known = run.status() == TimelineRun.Status.LIVE ? run.availableUntilMs() : run.lanes().endMs();
        double idleTo = Math.min(to, Math.min(known, cutoff));
        double idleFrom = Math.max(from, 0);
        if (idleTo > idleFrom) out.add(new Primitive.IdleLine(r, vp.x(idleFrom), vp.x(idleTo), y + laneH / 2));
        Bars bars = new Bars(out, r, LaneKind.LOOP, -1, y, vp, from, to);
        List<Lanes.Span> busy = run.lanes().loopBusy();
        for (int i = firstEndingAfter(busy, from); i < busy.size() && busy.get(i).fromMs() < to; i++) {
            Lanes.Span s = busy.get(i);
            bars.add(s.fromMs(), s.toMs(), LaneState.COMPUTING, s.task());
        }
        if (!Double.isNaN(run.openComputeFromMs())) bars.add(run.openComputeFromMs(), run.availableUntilMs(), LaneState.COMPUTING, -1);
        bars.flush();
        lateMarks(out, r, run, y, vp, from, to, w);
    }

    private static int firstEndingAfter(List<Lanes.Span> spans, double ms) {
        int lo = 0, hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).toMs() <= ms) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Late timers on the loop lane, folded per pixel (the latest lateness wins); the text where it fits. */
    private static void lateMarks(List<Primitive> out, int r, TimelineRun run, double y, Viewport vp, double from, double to, Words w) {
        List<TimelineRun.LateTimer> late = run.lateTimers();
        int lo = 0, hi = late.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (late.get(mid).atMs() < from) lo = mid + 1; else hi = mid;
        }
        List<double[]> marks = new ArrayList<>();   // x, max late, count
        for (int i = lo; i < late.size() && late.get(i).atMs() <= to; i++) {
            double x = vp.x(late.get(i).atMs());
            double[] lastMark = marks.isEmpty() ? null : marks.getLast();
            if (lastMark != null && x - lastMark[0] < 1) {
                lastMark[1] = Math.max(lastMark[1], late.get(i).lateMs());
                lastMark[2]++;
            } else {
                marks.add(new double[] {x, late.get(i).lateMs(), 1});
            }
        }
        for (int i = 0; i < marks.size(); i++) {
            double[] m = marks.get(i);
            String text = w.format("timeline.late", Values.ms(round(m[1]))) + (m[2] > 1 ? " ×" + (int) m[2] : "");
            double room = (i + 1 < marks.size() ? marks.get(i + 1)[0] : vp.width()) - m[0] - 8;
            out.add(new Primitive.LateMark(r, m[0], y, m[1], (int) m[2], textWidth(text) <= room ? text : null));
        }
    }

    private static void taskLane(List<Primitive> out, List<Primitive> notes, int r, TimelineRun run, int task, double y, Viewport vp,
                                 double from, double to, double cutoff, String highlight, Words w) {
        Lanes.Lane lane = run.lanes().lanes().get(task);
        double laneH = vp.rows().lane();
        out.add(new Primitive.LaneLabel(r, LaneKind.TASK, task, y, laneH, fit(lane.name()), lane.name().equals(highlight)));
        Bars bars = new Bars(out, r, LaneKind.TASK, task, y, vp, from, to);
        List<Lanes.Segment> segments = lane.segments();
        boolean live = run.status() == TimelineRun.Status.LIVE;
        for (int i = 0; i < segments.size(); i++) {
            Lanes.Segment s = segments.get(i);
            if (s.toMs() <= from) continue;
            if (s.fromMs() >= to) break;
            double end = s.toMs();
            // A live lane's current state lasts until "now", not just until the last event seen.
            if (live && lane.end() == null && i == segments.size() - 1 && end == run.lanes().endMs()) end = run.availableUntilMs();
            bars.add(s.fromMs(), end, s.state(), task);
        }
        bars.flush();
        ThreadMarks.add(out, r, task, lane, y, vp, from, to);
        for (double at : lane.cancelRequestsMs()) {
            if (at >= from && at <= to) out.add(new Primitive.CancelTick(r, task, vp.x(at), y));
        }
        if (lane.end() != null && lane.end() != TaskState.NOT_STARTED && lane.endMs() <= cutoff
                && lane.endMs() >= from && lane.endMs() <= vp.endMs()) {
            double x = vp.x(lane.endMs());
            String label = null;
            CancelCause cause = run.causes().get(task);
            if (lane.end() == TaskState.CANCELLED && cause != null) {
                String word = EngineWords.cause(w, cause);
                if (x + 10 + textWidth(word) <= vp.width()) label = word;
            }
            out.add(new Primitive.EndGlyph(r, task, x, y + laneH / 2, lane.end(), label));
        }
        if (lane.end() == null && segments.isEmpty() && run.status() != TimelineRun.Status.LIVE
                && run.status() != TimelineRun.Status.PENDING && cutoff >= run.lanes().endMs()) {
            double x = Math.max(GUTTER, vp.x(0)) + 4;
            if (x < vp.width()) notes.add(new Primitive.Note(r, x, y + laneH / 2, w.text("timeline.note.notStarted")));
        }
    }

    private static void workerLane(List<Primitive> out, int r, TimelineRun run, int worker, double y, Viewport vp,
                                   double from, double to, double cutoff, Words w) {
        out.add(new Primitive.LaneLabel(r, LaneKind.WORKER, worker, y, vp.rows().lane(), fit(w.format("timeline.lane.worker", worker)), false));
        Bars bars = new Bars(out, r, LaneKind.WORKER, worker, y, vp, from, to);
        bars.names = run;
        for (Lanes.WorkerLane lane : run.lanes().workers()) {
            if (lane.worker() != worker) continue;
            List<Lanes.Span> jobs = lane.jobs();
            for (int i = firstEndingAfter(jobs, from); i < jobs.size() && jobs.get(i).fromMs() < to; i++) {
                Lanes.Span s = jobs.get(i);
                double end = s.toMs();
                if (run.status() == TimelineRun.Status.LIVE && i == jobs.size() - 1 && run.openJobs().containsKey(worker)
                        && end == run.lanes().endMs()) {
                    end = run.availableUntilMs();
                }
                bars.add(s.fromMs(), end, LaneState.JOB_RUNNING, s.task());
            }
        }
        // A job that started but has not ended (live): Lanes closes it at the last event; extend it to now.
        Double open = run.openJobs().get(worker);
        if (open != null && run.status() == TimelineRun.Status.LIVE
                && run.lanes().workers().stream().noneMatch(l -> l.worker() == worker && !l.jobs().isEmpty()
                && l.jobs().getLast().fromMs() == open)) {
            bars.add(open, run.availableUntilMs(), LaneState.JOB_RUNNING, -1);
        }
        bars.flush();
    }

    /** Folds stretches narrower than a pixel into their neighbour; clips to the visible time range. */
    private static final class Bars {
        private final List<Primitive> out;
        private final int run, index;
        private final LaneKind kind;
        private final double y;
        private final Viewport vp;
        private final double from, to;
        /** When set, single jobs are labelled with their task's name. */
        TimelineRun names;
        private boolean open;
        private double x0, x1, dominant;
        private LaneState state;
        private int count, task;

        Bars(List<Primitive> out, int run, LaneKind kind, int index, double y, Viewport vp, double from, double to) {
            this.out = out;
            this.run = run;
            this.kind = kind;
            this.index = index;
            this.y = y;
            this.vp = vp;
            this.from = from;
            this.to = to;
        }

        void add(double fromMs, double toMs, LaneState s, int task) {
            double a = Math.max(fromMs, from), b = Math.min(toMs, to);
            if (b <= a) return;
            double xa = vp.x(a), xb = vp.x(b);
            if (open) {
                boolean touching = xa - x1 < 1;
                boolean tiny = x1 - x0 < 1 || xb - xa < 1;
                // Slivers join their neighbour; wide stretches join only the same task's same state
                // (two jobs back to back on a worker stay two bars).
                if (touching && (tiny || s == state && task == this.task)) {
                    if (s != state && xb - xa > dominant) {
                        state = s;
                        this.task = task;
                        dominant = xb - xa;
                    } else if (s == state) {
                        dominant += xb - xa;
                    }
                    x1 = Math.max(x1, xb);
                    count++;
                    return;
                }
                flush();
            }
            open = true;
            x0 = xa;
            x1 = xb;
            state = s;
            dominant = xb - xa;
            count = 1;
            this.task = task;
        }

        void flush() {
            if (!open) return;
            open = false;
            double w = Math.max(1, x1 - x0);
            String text = null;
            if (names != null && count == 1 && task >= 0) {
                String name = names.trace().tasks().get(task).name();
                if (textWidth(name) + 6 <= w) text = name;
            }
            out.add(new Primitive.Bar(run, kind, index, task, x0, y + BAR_INSET, w, vp.rows().lane() - 2 * BAR_INSET, state, count, text));
        }
    }

    // ------------------------------------------------------------------------------------------------ axis

    static String timeLabel(double ms) {
        return Values.ms(round(ms)) + " ms";
    }

    /** To a tenth of a millisecond: enough for reading, exact for the virtual clock's whole numbers. */
    static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    /** A name cut to the gutter. */
    static String fit(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LABEL_CHARS) return name;
        return name.substring(0, name.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "…";
    }
}
