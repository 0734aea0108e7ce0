package org.gatherlab.engine;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A run's events kept as columns (kind, task, time, value) instead of an object each: at 100,000 tasks a trace is
 * half a million events, and as objects they were most of what the garbage collector copied and what every reader
 * (report, lanes, timeline) chased through memory. Readers that go fast walk the columns ({@link #kind}, {@link #task},
 * {@link #atMs}, {@link #value}); everyone else reads {@link #events()}, a list that makes each {@link TraceEvent} as
 * it is asked for, equal to the one that was added.
 *
 * <p>The value column holds what a kind carries besides task and time: a sleep's due time, a computation's planned
 * time, a late timer's due time, a job's worker, a cancellation's cause (its ordinal), a Java thread's carrier or pool
 * thread, a Java handle's final state (its position in a fixed list). Kinds with more than that (the
 * caller's exception) or that this class does not know (new kinds) are kept as the event object itself
 * ({@link Kind#OBJECT}), so every {@link TraceEvent} can be added.
 *
 * <p>Appended to by one thread while its run goes; {@link #seal()}ed when a {@link Trace} takes it, and read-only
 * after that.
 */
public final class TraceLog {
    /** One per {@link TraceEvent} record kind, plus {@link #OBJECT} for events kept whole. */
    public enum Kind {
        CREATED, STEP, COMPUTE_BEGAN, COMPUTE_ENDED, SLEEPING, PERMIT_WAITING, PERMIT_GRANTED, PERMIT_RELEASED,
        JOB_QUEUED, JOB_STARTED, JOB_ENDED, JOB_WITHDRAWN, CANCEL_REQUESTED, SUCCEEDED, FAILED, CANCELLED, TIMER_LATE,
        CALLER_RETURNED, TEARDOWN,
        // Java runs only: threads, carriers, interrupts, handles, the block (java-strategies.md#events)
        WAITING_FOR_CARRIER, QUEUED_IN_POOL, MOUNTED, POOL_THREAD_TAKEN, UNMOUNTED, INTERRUPTED, INTERRUPT_IGNORED,
        HANDLE_COMPLETED, RESULT_DISCARDED, NEVER_RAN, TIMEOUT, SCOPE_CANCELLED, BLOCK_EXITED,
        OBJECT;

        private static final Kind[] ALL = values();

        /** A task's settling: succeeded, failed or cancelled. */
        public boolean terminal() { return this == SUCCEEDED || this == FAILED || this == CANCELLED; }

        /**
         * What only a Java run says: the timeline draws it, the JSON report's {@code events} leave it out (they list the
         * kinds both families share, so a Java run's report keeps its bytes and its size: java-strategies.md#events).
         */
        public boolean javaOnly() { return ordinal() >= WAITING_FOR_CARRIER.ordinal() && this != OBJECT; }
    }

    /** A Java handle's final states, by position in the value column ({@link TraceEvent.HandleCompleted}). */
    private static final List<String> JAVA_STATES = List.of("RUNNING", "SUCCESS", "FAILED", "CANCELLED", "UNAVAILABLE");

    private static final CancelCause[] CAUSES = CancelCause.values();

    private byte[] kinds;
    private int[] tasks;
    private double[] times;
    private double[] values;
    private List<TraceEvent> objects;
    private int size;
    private boolean sealed;
    private List<TraceEvent> view;

    public TraceLog() { this(64); }

    /** {@code capacity}: how many events to make room for at first (it grows as needed). */
    public TraceLog(int capacity) {
        int c = Math.max(8, capacity);
        kinds = new byte[c];
        tasks = new int[c];
        times = new double[c];
        values = new double[c];
    }

    /** The events of a list, as a log (sealed). A complete log's {@link #events()} gives that log back, uncopied. */
    public static TraceLog of(List<TraceEvent> events) {
        if (events instanceof View v && v.log().sealed) return v.log();
        TraceLog log = new TraceLog(events.size());
        for (TraceEvent e : events) log.add(e);
        return log.seal();
    }

    /** Appends one event. */
    public void add(TraceEvent e) {
        switch (e) {
            case TraceEvent.Created c -> add(Kind.CREATED, c.task(), c.atMs(), 0);
            case TraceEvent.Step s -> add(Kind.STEP, s.task(), s.atMs(), 0);
            case TraceEvent.ComputeBegan c -> add(Kind.COMPUTE_BEGAN, c.task(), c.atMs(), c.plannedMs());
            case TraceEvent.ComputeEnded c -> add(Kind.COMPUTE_ENDED, c.task(), c.atMs(), 0);
            case TraceEvent.Sleeping s -> add(Kind.SLEEPING, s.task(), s.atMs(), s.dueMs());
            case TraceEvent.PermitWaiting p -> add(Kind.PERMIT_WAITING, p.task(), p.atMs(), 0);
            case TraceEvent.PermitGranted p -> add(Kind.PERMIT_GRANTED, p.task(), p.atMs(), 0);
            case TraceEvent.PermitReleased p -> add(Kind.PERMIT_RELEASED, p.task(), p.atMs(), 0);
            case TraceEvent.JobQueued j -> add(Kind.JOB_QUEUED, j.task(), j.atMs(), 0);
            case TraceEvent.JobStarted j -> add(Kind.JOB_STARTED, j.task(), j.atMs(), j.worker());
            case TraceEvent.JobEnded j -> add(Kind.JOB_ENDED, j.task(), j.atMs(), j.worker());
            case TraceEvent.JobWithdrawn j -> add(Kind.JOB_WITHDRAWN, j.task(), j.atMs(), 0);
            case TraceEvent.CancelRequested c -> add(Kind.CANCEL_REQUESTED, c.task(), c.atMs(), ordinal(c.cause()));
            case TraceEvent.Succeeded s -> add(Kind.SUCCEEDED, s.task(), s.atMs(), 0);
            case TraceEvent.Failed f -> add(Kind.FAILED, f.task(), f.atMs(), 0);
            case TraceEvent.Cancelled c -> add(Kind.CANCELLED, c.task(), c.atMs(), ordinal(c.cause()));
            case TraceEvent.TimerLate l -> add(Kind.TIMER_LATE, l.task(), l.atMs(), l.dueMs());
            case TraceEvent.CallerReturned r -> add(Kind.CALLER_RETURNED, r.task(), r.atMs(), 0);
            case TraceEvent.TeardownBegan b -> add(Kind.TEARDOWN, b.task(), b.atMs(), 0);
            case TraceEvent.WaitingForThread w -> add(w.carrier() ? Kind.WAITING_FOR_CARRIER : Kind.QUEUED_IN_POOL, w.task(), w.atMs(), 0);
            case TraceEvent.Mounted m -> add(m.carrier() ? Kind.MOUNTED : Kind.POOL_THREAD_TAKEN, m.task(), m.atMs(), m.slot());
            case TraceEvent.Unmounted u -> add(Kind.UNMOUNTED, u.task(), u.atMs(), u.slot());
            case TraceEvent.Interrupted x -> add(Kind.INTERRUPTED, x.task(), x.atMs(), 0);
            case TraceEvent.InterruptIgnored x -> add(Kind.INTERRUPT_IGNORED, x.task(), x.atMs(), 0);
            case TraceEvent.HandleCompleted h when JAVA_STATES.contains(h.javaState()) ->
                    add(Kind.HANDLE_COMPLETED, h.task(), h.atMs(), JAVA_STATES.indexOf(h.javaState()));
            case TraceEvent.ResultDiscarded d -> add(Kind.RESULT_DISCARDED, d.task(), d.atMs(), 0);
            case TraceEvent.NeverRan n -> add(Kind.NEVER_RAN, n.task(), n.atMs(), 0);
            case TraceEvent.TimeoutFired f -> add(Kind.TIMEOUT, f.task(), f.atMs(), 0);
            case TraceEvent.ScopeCancelled c -> add(Kind.SCOPE_CANCELLED, c.task(), c.atMs(), 0);
            case TraceEvent.BlockExited b -> add(Kind.BLOCK_EXITED, b.task(), b.atMs(), 0);
            default -> {
                if (objects == null) objects = new ArrayList<>();
                objects.add(e);
                append(Kind.OBJECT, e.task(), e.atMs(), objects.size() - 1);
            }
        }
    }

    /** How a cause sits in the value column ({@link #add(Kind, int, double, double)}): its ordinal, -1 for none. */
    public static double ordinal(CancelCause cause) { return cause == null ? -1 : cause.ordinal(); }

    private static CancelCause cause(double ordinal) { return ordinal < 0 ? null : CAUSES[(int) ordinal]; }

    /**
     * Appends one event straight into the columns, with no event object: what the engine's loop does for every event
     * it makes. {@code value} is what the kind carries (see the class comment; a cause as {@link #ordinal}), 0 for
     * kinds without one. Not for {@link Kind#OBJECT}: such events are added whole ({@link #add(TraceEvent)}).
     */
    public void add(Kind kind, int task, double atMs, double value) {
        if (kind == Kind.OBJECT) throw new IllegalArgumentException("an event kept whole is added as its object");
        append(kind, task, atMs, value);
    }

    private void append(Kind kind, int task, double atMs, double value) {
        if (sealed) throw new IllegalStateException("this trace is complete: no more events");
        if (size == kinds.length) grow();
        kinds[size] = (byte) kind.ordinal();
        tasks[size] = task;
        times[size] = atMs;
        values[size] = value;
        size++;
    }

    private void grow() {
        int c = kinds.length * 2;
        kinds = Arrays.copyOf(kinds, c);
        tasks = Arrays.copyOf(tasks, c);
        times = Arrays.copyOf(times, c);
        values = Arrays.copyOf(values, c);
    }

    /** No more events: the columns are trimmed to size (a trace keeps no spare room). */
    public TraceLog seal() {
        if (sealed) return this;
        sealed = true;
        if (kinds.length - size > 16) {
            kinds = Arrays.copyOf(kinds, size);
            tasks = Arrays.copyOf(tasks, size);
            times = Arrays.copyOf(times, size);
            values = Arrays.copyOf(values, size);
        }
        return this;
    }

    public int size() { return size; }

    public Kind kind(int i) { return Kind.ALL[kinds[check(i)]]; }

    /** The task's 0-based position, or {@link TraceEvent#CALLER}. */
    public int task(int i) { return tasks[check(i)]; }

    public double atMs(int i) { return times[check(i)]; }

    /** A sleep's or late timer's due time, a computation's planned time, a job's worker; 0 for kinds without one. */
    public double value(int i) { return values[check(i)]; }

    // The columns themselves, for the report's one pass ({@link Reports#of}); valid up to size(), read-only.
    byte[] kindColumn() { return kinds; }

    int[] taskColumn() { return tasks; }

    double[] timeColumn() { return times; }

    /** A cancel request's or cancellation's cause. */
    public CancelCause cause(int i) { return cause(values[check(i)]); }

    /** Event {@code i} as an object (made anew unless it was kept whole). */
    public TraceEvent event(int i) {
        check(i);
        int t = tasks[i];
        double at = times[i], v = values[i];
        return switch (Kind.ALL[kinds[i]]) {
            case CREATED -> new TraceEvent.Created(at, t);
            case STEP -> new TraceEvent.Step(at, t);
            case COMPUTE_BEGAN -> new TraceEvent.ComputeBegan(at, t, v);
            case COMPUTE_ENDED -> new TraceEvent.ComputeEnded(at, t);
            case SLEEPING -> new TraceEvent.Sleeping(at, t, v);
            case PERMIT_WAITING -> new TraceEvent.PermitWaiting(at, t);
            case PERMIT_GRANTED -> new TraceEvent.PermitGranted(at, t);
            case PERMIT_RELEASED -> new TraceEvent.PermitReleased(at, t);
            case JOB_QUEUED -> new TraceEvent.JobQueued(at, t);
            case JOB_STARTED -> new TraceEvent.JobStarted(at, t, (int) v);
            case JOB_ENDED -> new TraceEvent.JobEnded(at, t, (int) v);
            case JOB_WITHDRAWN -> new TraceEvent.JobWithdrawn(at, t);
            case CANCEL_REQUESTED -> new TraceEvent.CancelRequested(at, t, cause(v));
            case SUCCEEDED -> new TraceEvent.Succeeded(at, t);
            case FAILED -> new TraceEvent.Failed(at, t);
            case CANCELLED -> new TraceEvent.Cancelled(at, t, cause(v));
            case TIMER_LATE -> new TraceEvent.TimerLate(at, t, v);
            case CALLER_RETURNED -> new TraceEvent.CallerReturned(at);
            case TEARDOWN -> new TraceEvent.TeardownBegan(at);
            case WAITING_FOR_CARRIER -> new TraceEvent.WaitingForThread(at, t, true);
            case QUEUED_IN_POOL -> new TraceEvent.WaitingForThread(at, t, false);
            case MOUNTED -> new TraceEvent.Mounted(at, t, (int) v, true);
            case POOL_THREAD_TAKEN -> new TraceEvent.Mounted(at, t, (int) v, false);
            case UNMOUNTED -> new TraceEvent.Unmounted(at, t, (int) v);
            case INTERRUPTED -> new TraceEvent.Interrupted(at, t);
            case INTERRUPT_IGNORED -> new TraceEvent.InterruptIgnored(at, t);
            case HANDLE_COMPLETED -> new TraceEvent.HandleCompleted(at, t, JAVA_STATES.get((int) v));
            case RESULT_DISCARDED -> new TraceEvent.ResultDiscarded(at, t);
            case NEVER_RAN -> new TraceEvent.NeverRan(at, t);
            case TIMEOUT -> new TraceEvent.TimeoutFired(at);
            case SCOPE_CANCELLED -> new TraceEvent.ScopeCancelled(at, t);
            case BLOCK_EXITED -> new TraceEvent.BlockExited(at);
            case OBJECT -> objects.get((int) v);
        };
    }

    /** The event added last, as an object (what a live listener is handed). */
    public TraceEvent last() { return event(size - 1); }

    /** The events as a read-only list (each made as it is read). */
    public List<TraceEvent> events() {
        if (view == null) view = new View(this);
        return view;
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }

    private static final class View extends AbstractList<TraceEvent> implements RandomAccess {
        private final TraceLog log;

        View(TraceLog log) { this.log = log; }

        TraceLog log() { return log; }

        @Override public TraceEvent get(int i) { return log.event(i); }

        @Override public int size() { return log.size; }
    }
}
