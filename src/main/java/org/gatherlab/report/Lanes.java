package org.gatherlab.report;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.TreeMap;

import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceLog;

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
     * {@code cancelRequestsMs} are the times someone asked to cancel it (delivery waits for an await);
     * {@code thread} is what a Java run's thread did (null in a Python run).
     */
    public record Lane(int task, String name, List<Segment> segments, TaskState end, Double endMs,
                       List<Double> cancelRequestsMs, JavaThread thread) { }

    /**
     * A Java task's thread: when it held a carrier (a virtual thread mounted) or a pool thread, and where an interrupt
     * reached it, delivered ({@code InterruptedException} thrown) or ignored (a CPU loop never looks).
     */
    public record JavaThread(List<Held> held, List<Interrupt> interrupts) { }

    /** The thread held carrier or pool thread {@code slot} over {@code [fromMs, toMs)}. */
    public record Held(double fromMs, double toMs, int slot) { }

    public record Interrupt(double atMs, boolean delivered) { }

    public record WorkerLane(int worker, List<Span> jobs) { }

    public enum MarkKind { CANCEL_REQUESTED, RETURNED, RAISED, TEARDOWN }

    /** {@code detail} is the exception for {@link MarkKind#RAISED}, the cause for {@link MarkKind#CANCEL_REQUESTED}. */
    public record Mark(double atMs, MarkKind kind, String detail) { }

    /**
     * The state at time t is set by the task's last event at or before t. This walks the trace once for the loop's,
     * the workers' and the caller's lanes, and indexes each task's events; a task's own lane is cut from its events
     * when it is first asked for ({@link TaskLanes}). A timeline shows a few dozen of 10,000 or 100,000 lanes, and
     * building them all was a quarter of an edit's cost at 10,000 tasks (and most of the objects a collection copied).
     */
    public static Lanes of(Trace trace) {
        // A run not yet begun (the placeholder a Run shows until the run is in): 100,000 lanes of nothing, at no cost.
        if (trace.log().size() == 0) return new Lanes(0, new Unstarted(trace), List.of(), List.of(), List.of());
        int n = trace.tasks().size();
        List<Span> loopBusy = new ArrayList<>();
        double[] computeFrom = new double[n];
        Map<Integer, List<Span>> jobs = new TreeMap<>();
        Map<Integer, double[]> jobOpen = new TreeMap<>();
        List<Mark> caller = new ArrayList<>();
        double end = 0;
        int[] count = new int[n + 1];
        byte[] settled = new byte[n];
        double[] settledAt = new double[n];

        // The trace's columns, not its event objects: at 100,000 tasks this reads half a million events.
        TraceLog log = trace.log();
        int size = log.size();
        for (int i = 0; i < size; i++) {
            TraceLog.Kind kind = log.kind(i);
            int task = log.task(i);
            double t = log.atMs(i);
            end = Math.max(end, t);
            // Pool jobs outlive cancelled tasks, so worker lanes are kept apart from the task's own lane.
            switch (kind) {
                case COMPUTE_BEGAN -> computeFrom[task] = t;
                case COMPUTE_ENDED -> addSpan(loopBusy, computeFrom[task], t, task);
                case JOB_STARTED -> jobOpen.put((int) log.value(i), new double[] {t, task});
                case JOB_ENDED -> {
                    int worker = (int) log.value(i);
                    double[] open = jobOpen.remove(worker);
                    if (open != null) addSpan(jobs.computeIfAbsent(worker, w -> new ArrayList<>()), open[0], t, task);
                }
                case CALLER_RETURNED -> caller.add(new Mark(t, MarkKind.RETURNED, null));
                case OBJECT -> {
                    if (log.event(i) instanceof TraceEvent.CallerRaised r) caller.add(new Mark(t, MarkKind.RAISED, r.exception()));
                }
                case TEARDOWN -> caller.add(new Mark(t, MarkKind.TEARDOWN, null));
                case CANCEL_REQUESTED -> {
                    if (task == TraceEvent.CALLER) caller.add(new Mark(t, MarkKind.CANCEL_REQUESTED, log.cause(i).json()));
                }
                default -> { }
            }
            if (task >= 0 && task < n) {
                count[task + 1]++;
                // A lane's end is its task's first settling (LaneBuilder ignores what follows it).
                if (settled[task] == 0 && kind.terminal()) {
                    settled[task] = (byte) (kind == TraceLog.Kind.SUCCEEDED ? 1 : kind == TraceLog.Kind.FAILED ? 2 : 3);
                    settledAt[task] = t;
                }
            }
        }
        // A job still running when the trace stops (teardown does not wait for workers) runs to the edge.
        for (var open : jobOpen.entrySet()) {
            addSpan(jobs.computeIfAbsent(open.getKey(), w -> new ArrayList<>()), open.getValue()[0], end, (int) open.getValue()[1]);
        }
        List<WorkerLane> workers = new ArrayList<>();
        jobs.forEach((w, spans) -> workers.add(new WorkerLane(w, List.copyOf(spans))));
        TaskLanes lanes = new TaskLanes(trace, end, count, settled, settledAt);
        return new Lanes(end, lanes, List.copyOf(loopBusy), List.copyOf(workers), List.copyOf(caller));
    }

    /**
     * How task {@code task}'s lane ends, without cutting the lane: null while it has not settled. What a count over
     * every lane reads (the timeline's spoken summary), so that it builds none of them.
     */
    public TaskState end(int task) {
        if (lanes instanceof Unstarted) return null;
        return lanes instanceof TaskLanes t ? t.end(task) : lanes.get(task).end();
    }

    /**
     * How many tasks had settled by {@code cutoffMs}: succeeded, failed, cancelled. Before the first settling and after
     * the last this reads no task (what a timeline's spoken summary asks for at the start and the end of playback).
     */
    public int[] settledBy(double cutoffMs) {
        if (lanes instanceof TaskLanes t) return t.settledBy(cutoffMs);
        if (lanes instanceof Unstarted) return new int[3];
        int[] counts = new int[3];
        for (int task = 0; task < lanes.size(); task++) {
            TaskState end = end(task);
            if (end != null && endMs(task) <= cutoffMs) counts[end == TaskState.SUCCEEDED ? 0 : end == TaskState.FAILED ? 1 : 2]++;
        }
        return counts;
    }

    /** When task {@code task} settled ({@link #end(int)}), or NaN while it has not. */
    public double endMs(int task) {
        if (lanes instanceof TaskLanes t) return t.endMs(task);
        if (lanes instanceof Unstarted) return Double.NaN;
        Double at = lanes.get(task).endMs();
        return at == null ? Double.NaN : at;
    }

    /**
     * Every task lane cut in one walk of the whole trace, each builder fed in trace order: how {@link #of} cut them
     * before it cut them lazily, kept as the reference {@code LanesTest} holds the lazy lanes equal to.
     */
    static List<Lane> allAtOnce(Trace trace) {
        int n = trace.tasks().size();
        LaneBuilder[] builders = new LaneBuilder[n];
        for (int i = 0; i < n; i++) builders[i] = new LaneBuilder();
        TraceLog log = trace.log();
        double end = 0;
        for (int i = 0, size = log.size(); i < size; i++) {
            end = Math.max(end, log.atMs(i));
            int task = log.task(i);
            if (task >= 0 && task < n) builders[task].accept(log.kind(i), log.atMs(i), log.value(i));
        }
        List<Lane> lanes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lanes.add(builders[i].build(i, trace.tasks().get(i).name(), end));
        return lanes;
    }

    /**
     * The task lanes of {@link #of}: each cut from its own events when first asked for, then kept. The events are
     * indexed by task in one pass (two int arrays), so a lane costs its few events, not a walk of the trace.
     *
     * <p>Built on the engine's thread, read on the FX thread (and by tests). A lane may be asked for by two threads at
     * once: both cut the same lane and either is kept; a {@link Lane} and its lists are immutable (final fields all the
     * way down), so one published through the plain array is seen whole.
     */
    private static final class TaskLanes extends AbstractList<Lane> implements RandomAccess {
        private final Trace trace;
        private final TraceLog log;
        private final double end;
        /** Task t's events are rows {@code rows[first[t]] .. rows[first[t + 1] - 1]} of the log, in order. */
        private final int[] first, rows;
        /** 0 while task t has not settled, else 1 succeeded, 2 failed, 3 cancelled, at {@code settledAt[t]}. */
        private final byte[] settled;
        private final double[] settledAt;
        /** Every settling counted by kind, and the first and last settling's time. */
        private final int[] settledCounts = new int[3];
        private double firstSettled = Double.POSITIVE_INFINITY, lastSettled = Double.NEGATIVE_INFINITY;
        private final Lane[] built;

        TaskLanes(Trace trace, double end, int[] count, byte[] settled, double[] settledAt) {
            this.trace = trace;
            this.log = trace.log();
            this.end = end;
            this.settled = settled;
            this.settledAt = settledAt;
            int n = count.length - 1;
            for (int t = 0; t < n; t++) count[t + 1] += count[t];
            first = count;
            rows = new int[count[n]];
            int[] next = Arrays.copyOf(count, n);
            for (int i = 0, size = log.size(); i < size; i++) {
                int task = log.task(i);
                if (task >= 0 && task < n) rows[next[task]++] = i;
            }
            built = new Lane[n];
            for (int t = 0; t < n; t++) {
                if (settled[t] == 0) continue;
                settledCounts[settled[t] - 1]++;
                firstSettled = Math.min(firstSettled, settledAt[t]);
                lastSettled = Math.max(lastSettled, settledAt[t]);
            }
        }

        int[] settledBy(double cutoffMs) {
            if (cutoffMs < firstSettled) return new int[3];
            if (cutoffMs >= lastSettled) return settledCounts.clone();
            int[] counts = new int[3];
            for (int t = 0; t < settled.length; t++) if (settled[t] != 0 && settledAt[t] <= cutoffMs) counts[settled[t] - 1]++;
            return counts;
        }

        @Override public int size() { return built.length; }

        @Override public Lane get(int task) {
            Lane lane = built[Objects.checkIndex(task, built.length)];
            if (lane == null) {
                LaneBuilder b = new LaneBuilder();
                for (int k = first[task]; k < first[task + 1]; k++) {
                    int i = rows[k];
                    b.accept(log.kind(i), log.atMs(i), log.value(i));
                }
                lane = b.build(task, trace.tasks().get(task).name(), end);
                built[task] = lane;
            }
            return lane;
        }

        TaskState end(int task) {
            return switch (settled[Objects.checkIndex(task, settled.length)]) {
                case 0 -> null;
                case 1 -> TaskState.SUCCEEDED;
                case 2 -> TaskState.FAILED;
                default -> TaskState.CANCELLED;
            };
        }

        double endMs(int task) {
            return settled[Objects.checkIndex(task, settled.length)] == 0 ? Double.NaN : settledAt[task];
        }
    }

    /**
     * The lanes of a trace with no events: every task's lane empty, made when asked for (as {@link TaskLanes} would cut
     * it from no events). A Run puts one such run on screen per run at once, on the FX thread; indexing 100,000 tasks'
     * nonexistent events for it cost that thread tens of milliseconds a Run.
     */
    private static final class Unstarted extends AbstractList<Lane> implements RandomAccess {
        private final Trace trace;

        Unstarted(Trace trace) { this.trace = trace; }

        @Override public int size() { return trace.tasks().size(); }

        @Override public Lane get(int task) {
            return new LaneBuilder().build(Objects.checkIndex(task, size()), trace.tasks().get(task).name(), 0);
        }
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
        private JavaThread thread;
        private Double heldFrom;
        private int heldSlot;

        /** One of the task's events: its kind, time and value ({@link TraceLog#value}). */
        void accept(TraceLog.Kind kind, double at, double value) {
            if (kind == TraceLog.Kind.CANCEL_REQUESTED) {
                if (cancelRequests == null) cancelRequests = new ArrayList<>(2);
                cancelRequests.add(at);
            }
            if (kind.javaOnly()) {
                thread(kind, at, value);
                return;
            }
            if (end != null) return;            // settled: later job events belong to the worker lane only
            if (kind.terminal() && heldFrom != null) {
                release(at);                    // the body's end: its thread is free again
            }
            TaskState settled = switch (kind) {
                case SUCCEEDED -> TaskState.SUCCEEDED;
                case FAILED -> TaskState.FAILED;
                case CANCELLED -> TaskState.CANCELLED;
                default -> null;
            };
            if (settled != null) {
                close(at);
                state = null;
                end = settled;
                endMs = at;
                return;
            }
            LaneState next = LaneState.after(kind, state);
            if (next == state) return;
            close(at);
            state = next;
            since = at;
            dueMs = kind == TraceLog.Kind.SLEEPING ? value : Double.NaN;
        }

        /** A Java thread's carrier, pool thread and interrupts; none of them changes what the lane's bars show. */
        private void thread(TraceLog.Kind kind, double at, double value) {
            switch (kind) {
                case MOUNTED, POOL_THREAD_TAKEN -> {
                    if (heldFrom != null) release(at);
                    heldFrom = at;
                    heldSlot = (int) value;
                }
                case UNMOUNTED -> { if (heldFrom != null) release(at); }
                case INTERRUPTED, INTERRUPT_IGNORED -> java().interrupts().add(new Interrupt(at, kind == TraceLog.Kind.INTERRUPTED));
                default -> { }
            }
        }

        /** Closes the stretch on a carrier or pool thread; one of no length (a mount at the instant of a sleep) leaves none. */
        private void release(double at) {
            if (at > heldFrom) java().held().add(new Held(heldFrom, at, heldSlot));
            heldFrom = null;
        }

        private JavaThread java() {
            if (thread == null) thread = new JavaThread(new ArrayList<>(2), new ArrayList<>(1));
            return thread;
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
            if (heldFrom != null) release(traceEnd);      // still on its thread when the trace stops (a live run)
            List<Segment> all = switch (count) {
                case 0 -> List.of();
                case 1 -> List.of(segments[0]);     // the usual lane: one compact list, no array behind it
                case 2 -> List.of(segments[0], segments[1]);
                default -> List.of(Arrays.copyOf(segments, count));
            };
            JavaThread java = thread == null ? null : new JavaThread(List.copyOf(thread.held()), List.copyOf(thread.interrupts()));
            return new Lane(task, name, all, end, endMs, cancelRequests == null ? List.of() : List.copyOf(cancelRequests), java);
        }
    }
}
