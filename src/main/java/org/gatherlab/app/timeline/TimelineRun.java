package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceLog;
import org.gatherlab.report.Lanes;
import org.gatherlab.app.fx.EngineWords;
import org.gatherlab.app.fx.Words;

/**
 * One run as the timeline draws it: the shared {@link Lanes} segmentation of its trace plus what the
 * lanes do not carry (late timers, cancel causes, the caller's outcome, the ideal-total guides), all
 * derived once so that laying out a frame never walks the whole trace.
 *
 * @param availableUntilMs how far the run's trace is known: infinite for a finished run, the live clock's
 *                         "now" for a run streaming in real time, 0 for a run still waiting to start
 * @param expectedEndMs    how long the run is expected to take (its virtual-clock twin), so the shared axis
 *                         does not rescale while a real run grows; NaN when unknown
 * @param raisedSoFar      a live or stopped run's caller that raised (the exception's name) before the outcome is
 *                         known; null otherwise
 * @param openComputeFromMs a loop computation that has begun and not yet ended (live runs), else NaN
 * @param openJobs         per worker, the start of a job that has not yet ended (live runs)
 * @param workerRows       how many worker lanes to draw (reserved up front for a process pool)
 * @param legend           the legend's entries this run uses, worked out with its lanes (off the FX thread); a live run's
 *                         as of its last rebuild
 */
public record TimelineRun(String label, Status status, Trace trace, Lanes lanes, List<LateTimer> lateTimers,
                          List<CancelCause> causes, List<Guides.Guide> guides, Outcome outcome, String raisedSoFar,
                          double returnedAtMs, double settledAtMs, double availableUntilMs, double expectedEndMs,
                          double openComputeFromMs, Map<Integer, Double> openJobs, int workerRows, LegendEntries legend) {

    public enum Status { PENDING, LIVE, DONE, STOPPED }

    /**
     * Timers later than this are marked. A real clock fires every timer some microseconds late; that is
     * not the loop being blocked, and marking it would bury the marks that matter.
     */
    public static final double LATE_MS = 1;

    /**
     * What the caller's await did, short, in the given words: the whole outcome when it is short
     * ({@code raised TaskFailed (B)}), else the verb ({@code returned}); null while the await has not ended.
     */
    public String callerText(Words w) {
        if (outcome != null) {
            String full = EngineWords.outcome(w, outcome, 3);
            return full.length() <= 48 ? full : EngineWords.verb(w, outcome);
        }
        if (!Double.isFinite(returnedAtMs)) return null;
        return raisedSoFar != null ? w.format("outcome.raised", raisedSoFar) : w.text("outcome.returned.verb");
    }

    /** A timer that fired {@code lateMs} after it was due, because the loop was busy. */
    public record LateTimer(double atMs, double lateMs, int task) { }

    /** A finished run (virtual, or real and complete). */
    public static TimelineRun of(Trace trace) {
        return build(trace, Status.DONE, Double.POSITIVE_INFINITY, Double.NaN);
    }

    /** A real run that was stopped before its end: the partial trace, drawn as far as it got. */
    public static TimelineRun stopped(Trace partial, double expectedEndMs) {
        return build(partial, Status.STOPPED, Double.POSITIVE_INFINITY, expectedEndMs);
    }

    /** A real run in progress: its trace so far, known up to {@code nowMs} on its own clock. */
    public static TimelineRun live(Trace partial, double nowMs, double expectedEndMs) {
        return build(partial, Status.LIVE, nowMs, expectedEndMs);
    }

    /**
     * {@link Lanes} closes a task's current state at the trace's last event; a live view wants it to last
     * until "now". A step of a task that does not exist moves the trace's end without touching any lane.
     */
    private static Trace extendedTo(Trace partial, double nowMs) {
        List<TraceEvent> events = partial.events();
        double last = events.isEmpty() ? 0 : events.getLast().atMs();
        if (!(nowMs > last)) return partial;
        List<TraceEvent> extended = new ArrayList<>(events.size() + 1);
        extended.addAll(events);
        extended.add(new TraceEvent.Step(nowMs, Integer.MAX_VALUE));
        return new Trace(partial.tasks(), partial.run(), partial.clock(), extended, partial.outcome());
    }

    /** A run that has not started yet: empty lanes, so the panels below it do not jump when it starts. */
    public static TimelineRun pending(List<TaskSpec> tasks, RunSpec run, double expectedEndMs) {
        return pending(tasks, run, expectedEndMs, null);
    }

    /**
     * The same, with the guides of {@code same}: a run of these very tasks and options (the guides are of the tasks
     * and options alone), or null. A Run makes its placeholders on the FX thread, where the guides of 100,000 tasks
     * cost a walk of them per run.
     */
    public static TimelineRun pending(List<TaskSpec> tasks, RunSpec run, double expectedEndMs, TimelineRun same) {
        return build(new Trace(tasks, run, ClockKind.REAL, List.of(), null), Status.PENDING, 0, expectedEndMs,
                same != null ? same.guides() : null);
    }

    /** The same run known up to a later instant (a live run between two batches of events). */
    public TimelineRun withAvailableUntil(double nowMs) {
        return new TimelineRun(label, status, trace, lanes, lateTimers, causes, guides, outcome, raisedSoFar, returnedAtMs,
                settledAtMs, nowMs, expectedEndMs, openComputeFromMs, openJobs, workerRows, legend);
    }

    public int taskCount() { return lanes.lanes().size(); }

    /** Loop lane, task lanes, worker lanes. */
    public int rows() { return 1 + taskCount() + workerRows; }

    /**
     * The latest time this run puts on the shared axis. Guides do not count: an ideal far beyond what
     * happened (a sequential sum of 100 tasks) would squeeze the picture; the layout points to it instead.
     */
    public double extentMs() {
        double e = lanes.endMs();
        if (Double.isFinite(returnedAtMs)) e = Math.max(e, returnedAtMs);
        if (Double.isFinite(settledAtMs)) e = Math.max(e, settledAtMs);
        if (Double.isFinite(expectedEndMs)) e = Math.max(e, expectedEndMs);
        if (status == Status.LIVE && Double.isFinite(availableUntilMs)) e = Math.max(e, availableUntilMs);
        return e;
    }

    private static TimelineRun build(Trace trace, Status status, double availableUntil, double expectedEnd) {
        return build(trace, status, availableUntil, expectedEnd, null);
    }

    /** @param guides the run's guides when known (null: worked out from the tasks) */
    private static TimelineRun build(Trace trace, Status status, double availableUntil, double expectedEnd, List<Guides.Guide> guides) {
        int n = trace.tasks().size();
        CancelCause[] causes = new CancelCause[n];
        List<LateTimer> late = new ArrayList<>();
        double returnedAt = Double.NaN, settledAt = Double.NaN, computeFrom = Double.NaN;
        String raised = null;
        boolean returned = false;
        Map<Integer, Double> openJobs = new TreeMap<>();
        TraceLog log = trace.log();       // columns: half a million events at 100,000 tasks
        for (int i = 0, size = log.size(); i < size; i++) {
            TraceLog.Kind kind = log.kind(i);
            double at = log.atMs(i);
            switch (kind) {
                case TIMER_LATE -> {
                    if (at - log.value(i) >= LATE_MS) late.add(new LateTimer(at, at - log.value(i), log.task(i)));
                }
                case CANCELLED -> causes[log.task(i)] = log.cause(i);
                case CALLER_RETURNED -> { returned = true; returnedAt = at; }
                case OBJECT -> {
                    if (log.event(i) instanceof TraceEvent.CallerRaised r) { returned = true; returnedAt = at; raised = r.exception(); }
                }
                case COMPUTE_BEGAN -> computeFrom = at;
                case COMPUTE_ENDED -> computeFrom = Double.NaN;
                case JOB_STARTED -> openJobs.put((int) log.value(i), at);
                case JOB_ENDED -> openJobs.remove((int) log.value(i));
                default -> { }
            }
            if (kind.terminal()) settledAt = at;
        }
        Lanes lanes = Lanes.of(status == Status.LIVE ? extendedTo(trace, availableUntil) : trace);
        int rows = 0;
        if (trace.run().cpu() == CpuMode.PROCESSES) {
            long cpu = trace.tasks().stream().filter(t -> t.kind() == TaskKind.CPU).count();
            rows = (int) Math.min(trace.run().workers(), cpu);
        }
        for (Lanes.WorkerLane w : lanes.workers()) rows = Math.max(rows, w.worker() + 1);
        for (int w : openJobs.keySet()) rows = Math.max(rows, w + 1);
        boolean live = status == Status.LIVE;
        TimelineRun run = new TimelineRun(Reports.label(trace.run()), status, trace, lanes, List.copyOf(late),
                Collections.unmodifiableList(Arrays.asList(causes)), guides != null ? guides : Guides.of(trace.tasks(), trace.run()), trace.outcome(),
                returned ? raised : null, returnedAt, settledAt, availableUntil, expectedEnd, live ? computeFrom : Double.NaN,
                live ? Map.copyOf(openJobs) : Map.of(), rows, LegendEntries.NONE);
        return new TimelineRun(run.label, run.status, run.trace, run.lanes, run.lateTimers, run.causes, run.guides, run.outcome,
                run.raisedSoFar, run.returnedAtMs, run.settledAtMs, run.availableUntilMs, run.expectedEndMs, run.openComputeFromMs,
                run.openJobs, run.workerRows, LegendEntries.ofRun(run));
    }
}
