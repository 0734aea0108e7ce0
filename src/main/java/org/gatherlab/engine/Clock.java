package org.gatherlab.engine;

/**
 * Where time comes from. The engine never reads the system clock or sleeps: the virtual clock jumps,
 * a real clock (in {@code org.gatherlab.runtime}) measures and waits.
 */
public interface Clock {
    /** Milliseconds since the run began. */
    double now();

    /** CPU work on the calling thread for {@code ms}: the thread is held for that long. */
    void compute(double ms);

    /**
     * The loop has nothing ready: idle until {@code deadlineMs} (may be infinite) or until {@link #wake()}.
     * A virtual clock jumps straight to the deadline.
     */
    void idleUntil(double deadlineMs);

    /** Ends an {@link #idleUntil} early: another thread has handed the loop work. */
    void wake();

    /** Someone asked the run to stop (a real run's Stop button); the loop returns at its next pass. */
    default boolean stopped() { return false; }

    /**
     * How late a timer must fire to count as late. Virtual time is exact, so any delay is the loop's
     * doing; real timers always fire a few microseconds late, which is nobody's doing.
     */
    default double lateToleranceMs() { return 0; }

    /** Which kind of time this clock keeps. */
    ClockKind kind();
}
