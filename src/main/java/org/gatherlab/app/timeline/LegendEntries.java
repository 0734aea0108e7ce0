package org.gatherlab.app.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gatherlab.engine.TraceLog;
import org.gatherlab.report.BusyLane;
import org.gatherlab.report.LaneState;
import org.gatherlab.report.Lanes;

/**
 * Which of the legend's entries the runs on the timeline use, so a class reads only what it can see: no Java entries
 * without a Java run, no permit without a semaphore, no pool job without a process pool, no late timer where none fired
 * late. Pure: read from the runs' traces (their event columns, one pass each; never the task lanes, which are cut
 * lazily, a few dozen of 100,000) and what {@link TimelineRun} derived once (late timers, caller marks, guides). Whole
 * runs, not up to the playhead: the legend does not grow while the class watches.
 *
 * @param states the lane states some task is in for a while (a state entered and left at the same instant is not drawn)
 * @param marks  the glyphs, lines and markers drawn somewhere
 * @param java   whether a Java run is shown: the ready and computing lanes then speak of carriers and pool threads
 * @param python whether a Python run is shown: they speak of the event loop (of both when both are shown)
 */
public record LegendEntries(Set<LaneState> states, Set<Mark> marks, boolean java, boolean python) {

    /** The legend's entries besides the lane states, in its order. */
    public enum Mark { SUCCEEDED, FAILED, CANCELLED, CANCEL_REQUESTED, LATE, AWAIT, IDEAL, PLAYHEAD, HELD, INTERRUPTED, INTERRUPT_IGNORED }

    public LegendEntries {
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        marks = marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
    }

    /** Nothing on the timeline: no entries. */
    public static final LegendEntries NONE = new LegendEntries(Set.of(), Set.of(), false, false);

    public boolean shows(LaneState state) { return states.contains(state); }

    public boolean shows(Mark mark) { return marks.contains(mark); }

    public boolean isEmpty() { return states.isEmpty() && marks.isEmpty(); }

    /** The entries of every run, each worked out once with its run ({@link TimelineRun#legend()}, off the FX thread). */
    public static LegendEntries of(List<TimelineRun> runs) {
        EnumSet<LaneState> states = EnumSet.noneOf(LaneState.class);
        EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
        boolean java = false, python = false;
        for (TimelineRun run : runs) {
            LegendEntries e = run.legend();
            states.addAll(e.states());
            marks.addAll(e.marks());
            java |= e.java();
            python |= e.python();
        }
        return states.isEmpty() && marks.isEmpty() && !java ? NONE : new LegendEntries(states, marks, java, python);
    }

    /**
     * One run's entries: a pass over its events (45 ms of the FX thread for four runs of 100,000 tasks, each time the
     * runs changed, until {@link TimelineRun} worked them out with its lanes).
     */
    static LegendEntries ofRun(TimelineRun run) {
        EnumSet<LaneState> states = EnumSet.noneOf(LaneState.class);
        EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
        boolean java = false;
        if (run.trace() != null) {
            java = BusyLane.of(run.trace().run()).java();
            scan(run, states, marks);
            if (!run.lateTimers().isEmpty()) marks.add(Mark.LATE);
            for (Lanes.Mark m : run.lanes().caller()) {
                if (m.kind() == Lanes.MarkKind.RETURNED || m.kind() == Lanes.MarkKind.RAISED) marks.add(Mark.AWAIT);
            }
            if (!run.guides().isEmpty()) marks.add(Mark.IDEAL);
            if (run.status() != TimelineRun.Status.PENDING) marks.add(Mark.PLAYHEAD);
        }
        return states.isEmpty() && marks.isEmpty() && !java ? NONE : new LegendEntries(states, marks, java, run.trace() != null && !java);
    }

    /**
     * One pass over the run's events: each task's state as {@link Lanes} cuts it (a settled task's later events do not
     * change its lane), a state counting once it lasted; and the marks the events draw.
     */
    private static void scan(TimelineRun run, Set<LaneState> states, Set<Mark> marks) {
        TraceLog log = run.trace().log();
        if (log.size() == 0) return;   // a run not begun draws no state: no arrays of 100,000 tasks for it
        int n = run.trace().tasks().size();
        LaneState[] state = new LaneState[n];
        double[] since = new double[n];
        boolean[] settled = new boolean[n];
        double end = 0;
        for (int i = 0, size = log.size(); i < size; i++) {
            TraceLog.Kind kind = log.kind(i);
            double at = log.atMs(i);
            end = Math.max(end, at);
            int task = log.task(i);
            if (task < 0 || task >= n) continue;
            switch (kind) {
                case CANCEL_REQUESTED -> marks.add(Mark.CANCEL_REQUESTED);
                case MOUNTED, POOL_THREAD_TAKEN -> marks.add(Mark.HELD);
                case INTERRUPTED -> marks.add(Mark.INTERRUPTED);
                case INTERRUPT_IGNORED -> marks.add(Mark.INTERRUPT_IGNORED);
                default -> { }
            }
            if (kind.javaOnly() || settled[task]) continue;
            if (kind.terminal()) {
                close(states, state[task], since[task], at);
                settled[task] = true;
                marks.add(switch (kind) {
                    case SUCCEEDED -> Mark.SUCCEEDED;
                    case FAILED -> Mark.FAILED;
                    default -> Mark.CANCELLED;
                });
                continue;
            }
            LaneState next = LaneState.after(kind, state[task]);
            if (next == state[task]) continue;
            close(states, state[task], since[task], at);
            state[task] = next;
            since[task] = at;
        }
        // Lanes closes an open state at the trace's end; a live run's lasts until its clock's "now".
        if (run.status() == TimelineRun.Status.LIVE && Double.isFinite(run.availableUntilMs())) end = Math.max(end, run.availableUntilMs());
        for (int t = 0; t < n; t++) if (!settled[t]) close(states, state[t], since[t], end);
        if (!run.lanes().loopBusy().isEmpty()) states.add(LaneState.COMPUTING);
        if (!run.lanes().workers().isEmpty() || !run.openJobs().isEmpty()) states.add(LaneState.JOB_RUNNING);
    }

    private static void close(Set<LaneState> states, LaneState state, double since, double at) {
        if (state != null && at > since) states.add(state);
    }
}
