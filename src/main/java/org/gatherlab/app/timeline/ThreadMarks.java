package org.gatherlab.app.timeline;

import java.util.List;

import org.gatherlab.report.Lanes;

/**
 * A Java task's thread on its lane: a line along the lane's foot while the thread held a carrier (a virtual thread
 * mounted) or a pool thread, and a mark where an interrupt reached it, delivered or ignored. Part of the pure layout:
 * what {@link TimelineLayout} adds to a task lane of a Java run, clipped to the visible time and the playhead.
 */
final class ThreadMarks {
    private ThreadMarks() {}

    /**
     * How far above the lane's bottom the carrier line runs: in the bars' inset, under them, 1 px clear of the bar
     * (a 2 px line on whole pixels; at 1.5 it blurred into the bar's outline and read as its shadow).
     */
    static final double FOOT = 1;

    static void add(List<Primitive> out, int run, int task, Lanes.Lane lane, double y, Viewport vp, double from, double to) {
        Lanes.JavaThread thread = lane.thread();
        if (thread == null) return;
        double foot = y + vp.rows().lane() - FOOT;
        double lastX = Double.NEGATIVE_INFINITY;
        for (Lanes.Held h : thread.held()) {
            double a = Math.max(h.fromMs(), from), b = Math.min(h.toMs(), to);
            if (b <= a) continue;
            double x0 = vp.x(a), x1 = Math.max(vp.x(b), x0 + 1);
            // Stretches within a pixel of the last one join it: a lane never yields more lines than it has pixels.
            if (x0 - lastX < 1 && out.getLast() instanceof Primitive.HeldLine prev && prev.task() == task && prev.run() == run) {
                out.set(out.size() - 1, new Primitive.HeldLine(run, task, prev.x0(), Math.max(prev.x1(), x1), foot, prev.slot()));
            } else {
                out.add(new Primitive.HeldLine(run, task, x0, x1, foot, h.slot()));
            }
            lastX = x1;
        }
        for (Lanes.Interrupt i : thread.interrupts()) {
            if (i.atMs() >= from && i.atMs() <= to) out.add(new Primitive.InterruptMark(run, task, vp.x(i.atMs()), y, i.delivered()));
        }
    }
}
