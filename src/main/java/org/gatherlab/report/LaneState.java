package org.gatherlab.report;

import org.gatherlab.engine.TraceLog;

/**
 * What a task is doing during a stretch of time, as a timeline draws it. A task that has not been
 * created yet, or has settled, has no state: its lane is empty there (the settled end is a glyph).
 */
public enum LaneState {
    /** Runnable (created, woken, a timer overdue, a permit or job result delivered) but the loop has not run it yet. */
    READY("ready, waiting for the loop"),
    /** Computing on the loop thread: the loop is blocked, nothing else runs. */
    COMPUTING("computing on the loop"),
    /** Suspended on a timer (I/O); the loop is free. */
    SLEEPING("awaiting I/O"),
    /** Queued on the semaphore: started, but not yet inside {@code async with sem:}. */
    PERMIT("waiting for a permit"),
    /** Its pool job waits in the pool's queue for a free worker. */
    JOB_QUEUED("pool job queued"),
    /** Its pool job runs on a worker; the loop is free. */
    JOB_RUNNING("pool job running");

    private final String description;

    LaneState(String description) { this.description = description; }

    /** A short phrase for legends and tooltips. */
    public String description() { return description; }

    /**
     * What an unsettled task is doing after an event of this kind: the one rule the lanes ({@link Lanes}) and the
     * legend's scan of a trace both follow, so the legend never names a state no lane draws.
     * Releases, withdrawals, cancel requests and the like change no activity: {@code current} stays.
     */
    public static LaneState after(TraceLog.Kind kind, LaneState current) {
        return switch (kind) {
            // A step takes no time; if nothing follows at the same instant the task is runnable again.
            case CREATED, STEP, COMPUTE_ENDED, TIMER_LATE, PERMIT_GRANTED, JOB_ENDED -> READY;
            case COMPUTE_BEGAN -> COMPUTING;
            case SLEEPING -> SLEEPING;
            case PERMIT_WAITING -> PERMIT;
            case JOB_QUEUED -> JOB_QUEUED;
            case JOB_STARTED -> JOB_RUNNING;
            default -> current;
        };
    }

    /** The phrase for a run whose computing lane is {@code busy}: a Java task computes on a carrier or pool thread. */
    public String description(BusyLane busy) {
        String on = busy == BusyLane.CARRIERS ? "a carrier" : "a pool thread";
        return switch (this) {
            case READY -> busy.java() ? "ready, waiting for " + on : description;
            case COMPUTING -> busy.java() ? "computing on " + on : description;
            default -> description;
        };
    }
}
