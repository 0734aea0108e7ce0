package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.report.Lanes;
import org.gatherlab.report.Values;

/**
 * The text of a lane's tooltip: for a task, its event list (kind, time, cause) up to the playhead; for
 * the loop, how busy it was and how late its timers fired; for a worker, its jobs. Pure.
 */
public final class LaneDetails {
    private LaneDetails() {}

    /** Event lines shown before the rest are counted. */
    static final int MAX_EVENTS = 30;

    public static String describe(TimelineRun run, Frame.Hit hit, double cutoffMs) {
        double cutoff = Math.min(cutoffMs, run.availableUntilMs());
        return switch (hit.kind()) {
            case TASK -> task(run, hit.index(), cutoff);
            case LOOP -> loop(run, cutoff);
            case WORKER -> worker(run, hit.index(), cutoff);
        };
    }

    static String task(TimelineRun run, int task, double cutoff) {
        TaskSpec spec = run.trace().tasks().get(task);
        Lanes.Lane lane = run.lanes().lanes().get(task);
        List<String> lines = new ArrayList<>();
        lines.add(spec.name() + " · " + spec.kind().json() + " " + Values.ms(spec.durationMs()) + " ms · " + run.label());
        if (lane.end() != null && lane.endMs() <= cutoff) {
            String cause = run.causes().get(task) == null ? "" : " (" + TimelineLayout.causeWord(run.causes().get(task)) + ")";
            lines.add(lane.end().json() + cause + " at " + ms(lane.endMs()) + " ms");
        } else if (lane.segments().isEmpty()) {
            lines.add("not started" + (cutoff < run.lanes().endMs() ? " yet" : ""));
        }
        int shown = 0, more = 0;
        for (TraceEvent e : run.trace().events()) {
            if (e.task() != task) continue;
            if (e.atMs() > cutoff) break;
            if (shown == MAX_EVENTS) { more++; continue; }
            lines.add(ms(e.atMs()) + " ms  " + event(e, run));
            shown++;
        }
        if (more > 0) lines.add("… " + more + " more events");
        return String.join("\n", lines);
    }

    /** An event's kind with what it carries: a due time, a cause, a worker. */
    static String event(TraceEvent e, TimelineRun run) {
        return switch (e) {
            case TraceEvent.ComputeBegan c -> "compute-began (" + ms(c.plannedMs()) + " ms on the loop)";
            case TraceEvent.Sleeping s -> "sleeping (timer due at " + ms(s.dueMs()) + " ms)";
            case TraceEvent.TimerLate l -> "timer-late (due at " + ms(l.dueMs()) + " ms, +" + ms(l.atMs() - l.dueMs()) + " ms late)";
            case TraceEvent.JobStarted j -> "job-started on worker " + j.worker();
            case TraceEvent.JobEnded j -> "job-ended on worker " + j.worker();
            case TraceEvent.CancelRequested c -> "cancel-requested (" + TimelineLayout.causeWord(c.cause()) + ")";
            case TraceEvent.Cancelled c -> "cancelled (" + TimelineLayout.causeWord(c.cause()) + ")";
            default -> e.kind();
        };
    }

    static String loop(TimelineRun run, double cutoff) {
        double end = Math.min(cutoff, run.lanes().endMs());
        double busy = 0;
        for (Lanes.Span s : run.lanes().loopBusy()) {
            if (s.fromMs() >= end) break;
            busy += Math.min(s.toMs(), end) - s.fromMs();
        }
        List<String> lines = new ArrayList<>();
        lines.add("event loop · " + run.label());
        lines.add("busy computing " + ms(busy) + " ms of " + ms(Math.max(0, end)) + " ms"
                + (end > 0 ? String.format(java.util.Locale.ROOT, " (%.0f%%)", 100 * busy / end) : "") + "; nothing else runs meanwhile");
        int late = 0;
        double worst = 0;
        for (TimelineRun.LateTimer l : run.lateTimers()) {
            if (l.atMs() > cutoff) break;
            late++;
            worst = Math.max(worst, l.lateMs());
        }
        String over = "at least " + Values.ms(TimelineRun.LATE_MS) + " ms";
        lines.add(late == 0 ? "no timer fired late (by " + over + ")"
                : late + (late == 1 ? " timer" : " timers") + " fired late by " + over + " (worst +" + ms(worst) + " ms)");
        return String.join("\n", lines);
    }

    static String worker(TimelineRun run, int worker, double cutoff) {
        List<String> lines = new ArrayList<>();
        lines.add("pool worker " + worker + " · " + run.label());
        int shown = 0, more = 0;
        for (Lanes.WorkerLane w : run.lanes().workers()) {
            if (w.worker() != worker) continue;
            for (Lanes.Span s : w.jobs()) {
                if (s.fromMs() > cutoff) break;
                if (shown == MAX_EVENTS) { more++; continue; }
                lines.add(run.lanes().lanes().get(s.task()).name() + "'s job: " + ms(s.fromMs()) + "–" + ms(Math.min(s.toMs(), cutoff)) + " ms");
                shown++;
            }
        }
        if (shown == 0) lines.add("no job yet");
        if (more > 0) lines.add("… " + more + " more jobs");
        return String.join("\n", lines);
    }

    private static String ms(double ms) {
        return Values.ms(TimelineLayout.round(ms));
    }
}
