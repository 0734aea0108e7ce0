package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.app.fx.EngineWords;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.jvm.Said;
import org.gatherlab.report.BusyLane;
import org.gatherlab.report.Lanes;
import org.gatherlab.report.OutcomeWords;
import org.gatherlab.report.Values;

/**
 * The text of a lane's tooltip: for a task, its event list (kind, time, cause) up to the playhead; for
 * the loop, how busy it was and how late its timers fired; for a worker, its jobs. Pure.
 */
public final class LaneDetails {
    private LaneDetails() {}

    /** Event lines shown before the rest are counted. */
    static final int MAX_EVENTS = 30;

    /** In the given words; the events keep the trace's own kind names ({@code compute-began}). */
    public static String describe(TimelineRun run, Frame.Hit hit, double cutoffMs, Words w) {
        double cutoff = Math.min(cutoffMs, run.availableUntilMs());
        return switch (hit.kind()) {
            case TASK -> task(run, hit.index(), cutoff, w);
            case LOOP -> loop(run, cutoff, w);
            case WORKER -> worker(run, hit.index(), cutoff, w);
        };
    }

    static String task(TimelineRun run, int task, double cutoff, Words w) {
        TaskSpec spec = run.trace().tasks().get(task);
        Lanes.Lane lane = run.lanes().lanes().get(task);
        List<String> lines = new ArrayList<>();
        lines.add(spec.name() + " · " + spec.kind().json() + " " + Values.ms(spec.durationMs()) + " ms · " + run.label());
        if (lane.end() != null && lane.endMs() <= cutoff) {
            String state = EngineWords.taskState(w, lane.end());
            CancelCause cause = run.causes().get(task);
            lines.add(cause == null ? w.format("lane.details.end", state, ms(lane.endMs()))
                    : w.format("lane.details.end.cause", state, EngineWords.cause(w, cause), ms(lane.endMs())));
        } else if (lane.segments().isEmpty()) {
            lines.add(w.text(cutoff < run.lanes().endMs() ? "lane.details.notStartedYet" : "lane.details.notStarted"));
        }
        // A Java task's story, in the reader's language, once the playhead has passed its end.
        if (lane.endMs() != null && lane.endMs() <= cutoff && run.trace().extras() != null
                && run.trace().extras().taskFields(task).get("words") instanceof Said story) {
            lines.add(OutcomeWords.of(w.locale()).said(story));
        }
        int shown = 0, more = 0;
        for (TraceEvent e : run.trace().events()) {
            if (e.task() != task) continue;
            if (e.atMs() > cutoff) break;
            if (shown == MAX_EVENTS) { more++; continue; }
            lines.add(ms(e.atMs()) + " ms  " + event(e, w));
            shown++;
        }
        if (more > 0) lines.add(w.format("lane.details.moreEvents", more));
        return String.join("\n", lines);
    }

    /** An event's kind with what it carries: a due time, a cause, a worker. */
    static String event(TraceEvent e, Words w) {
        return switch (e) {
            case TraceEvent.ComputeBegan c -> w.format("lane.event.computeBegan", e.kind(), ms(c.plannedMs()));
            case TraceEvent.Sleeping s -> w.format("lane.event.sleeping", e.kind(), ms(s.dueMs()));
            case TraceEvent.TimerLate l -> w.format("lane.event.timerLate", e.kind(), ms(l.dueMs()), ms(l.atMs() - l.dueMs()));
            case TraceEvent.JobStarted j -> w.format("lane.event.onWorker", e.kind(), j.worker());
            case TraceEvent.JobEnded j -> w.format("lane.event.onWorker", e.kind(), j.worker());
            case TraceEvent.CancelRequested c -> w.format("lane.event.cause", e.kind(), EngineWords.cause(w, c.cause()));
            case TraceEvent.Cancelled c -> w.format("lane.event.cause", e.kind(), EngineWords.cause(w, c.cause()));
            default -> e.kind();
        };
    }

    /** Whose lane the computing row is: the event loop's, or a Java run's carriers or pool threads. */
    static BusyLane busyLane(TimelineRun run) {
        return BusyLane.of(run.trace() == null ? null : run.trace().run());
    }

    /** The computing lane's name in the app's words. */
    static String busyLaneName(TimelineRun run, Words w) {
        return switch (busyLane(run)) {
            case LOOP -> w.text("timeline.lane.loop");
            case CARRIERS -> w.text("timeline.lane.carriers");
            case POOL_THREADS -> w.text("timeline.lane.poolThreads");
        };
    }

    static String loop(TimelineRun run, double cutoff, Words w) {
        double end = Math.min(cutoff, run.lanes().endMs());
        BusyLane lane = busyLane(run);
        // Java's CPU loops overlap on several threads: count the time at least one computes, once.
        List<Lanes.Span> spans = new ArrayList<>(run.lanes().loopBusy());
        spans.sort(java.util.Comparator.comparingDouble(Lanes.Span::fromMs));
        double busy = 0, covered = 0;
        for (Lanes.Span s : spans) {
            if (s.fromMs() >= end) break;
            double from = Math.max(s.fromMs(), covered), to = Math.min(s.toMs(), end);
            if (to > from) busy += to - from;
            covered = Math.max(covered, to);
        }
        List<String> lines = new ArrayList<>();
        lines.add(busyLaneName(run, w) + " · " + run.label());
        String share = String.format(java.util.Locale.ROOT, "%.0f", end > 0 ? 100 * busy / end : 0);
        if (lane.java()) {
            lines.add(end > 0 ? w.format("lane.details.busy.java.share", ms(busy), ms(end), share)
                    : w.format("lane.details.busy.java", ms(busy), ms(Math.max(0, end))));
        } else {
            lines.add(end > 0 ? w.format("lane.details.busy.share", ms(busy), ms(end), share)
                    : w.format("lane.details.busy", ms(busy), ms(Math.max(0, end))));
        }
        int late = 0;
        double worst = 0;
        for (TimelineRun.LateTimer l : run.lateTimers()) {
            if (l.atMs() > cutoff) break;
            late++;
            worst = Math.max(worst, l.lateMs());
        }
        String over = Values.ms(TimelineRun.LATE_MS);
        lines.add(late == 0 ? w.format("lane.details.noLate", over) : w.count("lane.details.late", late, over, ms(worst)));
        return String.join("\n", lines);
    }

    static String worker(TimelineRun run, int worker, double cutoff, Words w) {
        List<String> lines = new ArrayList<>();
        lines.add(w.format("lane.details.worker", worker, run.label()));
        int shown = 0, more = 0;
        for (Lanes.WorkerLane lane : run.lanes().workers()) {
            if (lane.worker() != worker) continue;
            for (Lanes.Span s : lane.jobs()) {
                if (s.fromMs() > cutoff) break;
                if (shown == MAX_EVENTS) { more++; continue; }
                lines.add(w.format("lane.details.job", run.lanes().lanes().get(s.task()).name(), ms(s.fromMs()), ms(Math.min(s.toMs(), cutoff))));
                shown++;
            }
        }
        if (shown == 0) lines.add(w.text("lane.details.noJob"));
        if (more > 0) lines.add(w.format("lane.details.moreJobs", more));
        return String.join("\n", lines);
    }

    private static String ms(double ms) {
        return Values.ms(TimelineLayout.round(ms));
    }
}
