package org.gatherlab.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;

/**
 * A trace cut into the stretches every timeline draws: one lane per task, the loop's busy spans, a lane
 * per pool worker and the caller's marks. Text, SVG and the desktop timeline all read this one model,
 * so they can never disagree about what a task was doing at a given time.
 *
 * @param endMs   the time of the trace's last event: where every timeline of the run ends
 * @param lanes   one per task, in input order (a task that never started has no segments and no end)
 * @param loopBusy when the loop thread was held by computation (everything else was frozen)
 * @param workers one per pool worker that ran a job, by worker number
 * @param caller  what happened to the caller: cancel requests, its await ending, the teardown
 */
public record Lanes(double endMs, List<Lane> lanes, List<Span> loopBusy, List<WorkerLane> workers, List<Mark> caller) {

    /** A stretch {@code [fromMs, toMs)} in one state. */
    public record Segment(double fromMs, double toMs, LaneState state) { }

    /** A stretch of some other lane that belongs to {@code task} (a computation, a job). */
    public record Span(double fromMs, double toMs, int task) { }

    /**
     * One task's life. {@code end} and {@code endMs} are null while the task has not settled;
     * {@code cancelRequestsMs} are the times someone asked to cancel it (delivery waits for an await).
     */
    public record Lane(int task, String name, List<Segment> segments, TaskState end, Double endMs,
                       List<Double> cancelRequestsMs) { }

    public record WorkerLane(int worker, List<Span> jobs) { }

    public enum MarkKind { CANCEL_REQUESTED, RETURNED, RAISED, TEARDOWN }

    /** {@code detail} is the exception for {@link MarkKind#RAISED}, the cause for {@link MarkKind#CANCEL_REQUESTED}. */
    public record Mark(double atMs, MarkKind kind, String detail) { }

    /** The state at time t is set by the task's last event at or before t; this walks the trace once. */
    public static Lanes of(Trace trace) {
        int n = trace.tasks().size();
        LaneBuilder[] builders = new LaneBuilder[n];
        for (int i = 0; i < n; i++) builders[i] = new LaneBuilder();
        List<Span> loopBusy = new ArrayList<>();
        double[] computeFrom = new double[n];
        Map<Integer, List<Span>> jobs = new TreeMap<>();
        Map<Integer, double[]> jobOpen = new TreeMap<>();
        List<Mark> caller = new ArrayList<>();
        double end = 0;

        for (TraceEvent e : trace.events()) {
            double t = e.atMs();
            end = Math.max(end, t);
            // Pool jobs outlive cancelled tasks, so worker lanes are kept apart from the task's own lane.
            switch (e) {
                case TraceEvent.ComputeBegan c -> computeFrom[c.task()] = t;
                case TraceEvent.ComputeEnded c -> addSpan(loopBusy, computeFrom[c.task()], t, c.task());
                case TraceEvent.JobStarted j -> jobOpen.put(j.worker(), new double[] {t, j.task()});
                case TraceEvent.JobEnded j -> {
                    double[] open = jobOpen.remove(j.worker());
                    if (open != null) addSpan(jobs.computeIfAbsent(j.worker(), w -> new ArrayList<>()), open[0], t, j.task());
                }
                case TraceEvent.CallerReturned r -> caller.add(new Mark(t, MarkKind.RETURNED, null));
                case TraceEvent.CallerRaised r -> caller.add(new Mark(t, MarkKind.RAISED, r.exception()));
                case TraceEvent.TeardownBegan b -> caller.add(new Mark(t, MarkKind.TEARDOWN, null));
                case TraceEvent.CancelRequested c when c.task() == TraceEvent.CALLER ->
                        caller.add(new Mark(t, MarkKind.CANCEL_REQUESTED, c.cause().json()));
                default -> { }
            }
            if (e.task() >= 0 && e.task() < n) builders[e.task()].accept(e);
        }
        // A job still running when the trace stops (teardown does not wait for workers) runs to the edge.
        for (var open : jobOpen.entrySet()) {
            addSpan(jobs.computeIfAbsent(open.getKey(), w -> new ArrayList<>()), open.getValue()[0], end, (int) open.getValue()[1]);
        }
        List<Lane> lanes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lanes.add(builders[i].build(i, trace.tasks().get(i).name(), end));
        List<WorkerLane> workers = new ArrayList<>();
        jobs.forEach((w, spans) -> workers.add(new WorkerLane(w, List.copyOf(spans))));
        return new Lanes(end, List.copyOf(lanes), List.copyOf(loopBusy), List.copyOf(workers), List.copyOf(caller));
    }

    /**
     * The same picture with only the first {@code count} task lanes: what a drawing that shows that many
     * keeps of a run of 100,000 tasks once the trace is gone. Spans still name tasks by position.
     */
    public Lanes firstLanes(int count) {
        if (lanes.size() <= count) return this;
        return new Lanes(endMs, List.copyOf(lanes.subList(0, count)), loopBusy, workers, caller);
    }

    private static void addSpan(List<Span> spans, double from, double to, int task) {
        if (to > from) spans.add(new Span(from, to, task));
    }

    /**
     * Follows one task: the current state since some time, closed into a segment by the next event. Made for each of
     * up to 100,000 lanes, so it holds no list until it needs one: a lane's segments are a few, kept in an array.
     */
    private static final class LaneBuilder {
        private static final Segment[] NONE = new Segment[0];
        private Segment[] segments = NONE;
        private int count;
        private List<Double> cancelRequests;
        private LaneState state;
        private double since;
        private double dueMs = Double.NaN;
        private TaskState end;
        private Double endMs;

        void accept(TraceEvent e) {
            if (e instanceof TraceEvent.CancelRequested) {
                if (cancelRequests == null) cancelRequests = new ArrayList<>(2);
                cancelRequests.add(e.atMs());
            }
            if (end != null) return;            // settled: later job events belong to the worker lane only
            TaskState settled = switch (e) {
                case TraceEvent.Succeeded s -> TaskState.SUCCEEDED;
                case TraceEvent.Failed f -> TaskState.FAILED;
                case TraceEvent.Cancelled c -> TaskState.CANCELLED;
                default -> null;
            };
            if (settled != null) {
                close(e.atMs());
                state = null;
                end = settled;
                endMs = e.atMs();
                return;
            }
            LaneState next = switch (e) {
                case TraceEvent.Created c -> LaneState.READY;
                // A step takes no time; if nothing follows at the same instant the task is runnable again.
                case TraceEvent.Step s -> LaneState.READY;
                case TraceEvent.ComputeBegan c -> LaneState.COMPUTING;
                case TraceEvent.ComputeEnded c -> LaneState.READY;
                case TraceEvent.Sleeping s -> LaneState.SLEEPING;
                case TraceEvent.TimerLate l -> LaneState.READY;
                case TraceEvent.PermitWaiting p -> LaneState.PERMIT;
                case TraceEvent.PermitGranted p -> LaneState.READY;
                case TraceEvent.JobQueued j -> LaneState.JOB_QUEUED;
                case TraceEvent.JobStarted j -> LaneState.JOB_RUNNING;
                case TraceEvent.JobEnded j -> LaneState.READY;
                default -> state;               // releases, withdrawals, cancel requests: no change of activity
            };
            if (next == state) return;
            close(e.atMs());
            state = next;
            since = e.atMs();
            dueMs = e instanceof TraceEvent.Sleeping s ? s.dueMs() : Double.NaN;
        }

        /** Ends the current stretch at t; a timer that came due while the loop was busy reads as ready from its due time. */
        private void close(double t) {
            if (state == null) return;
            if (state == LaneState.SLEEPING && dueMs < t) {
                add(since, Math.max(since, dueMs), LaneState.SLEEPING);
                add(Math.max(since, dueMs), t, LaneState.READY);
            } else {
                add(since, t, state);
            }
        }

        private void add(double from, double to, LaneState s) {
            if (to <= from) return;
            if (count > 0) {
                Segment last = segments[count - 1];
                if (last.state() == s && last.toMs() == from) {
                    segments[count - 1] = new Segment(last.fromMs(), to, s);
                    return;
                }
            }
            if (count == segments.length) segments = Arrays.copyOf(segments, Math.max(2, count * 2));
            segments[count++] = new Segment(from, to, s);
        }

        Lane build(int task, String name, double traceEnd) {
            close(traceEnd);
            List<Segment> all = switch (count) {
                case 0 -> List.of();
                case 1 -> List.of(segments[0]);     // the usual lane: one compact list, no array behind it
                case 2 -> List.of(segments[0], segments[1]);
                default -> List.of(Arrays.copyOf(segments, count));
            };
            return new Lane(task, name, all, end, endMs, cancelRequests == null ? List.of() : List.copyOf(cancelRequests));
        }
    }
}
