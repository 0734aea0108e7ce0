package org.gatherlab.runtime;

import org.gatherlab.engine.Clock;
import org.gatherlab.engine.ClockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Wall-clock time for real runs. CPU work really computes (a busy loop on the calling thread, so a
 * loop-bound task really holds the loop and pool jobs really load the cores); idling parks the loop
 * thread until the next timer, finishing with a short spin so timers fire within tens of microseconds.
 */
public final class RealClock implements Clock {
    private static final long SPIN_NANOS = 200_000;

    private final long origin = System.nanoTime();
    private volatile Thread idler;
    private volatile boolean wakeRequested;
    private volatile boolean stopped;
    /** When {@link #stop()} was called, on this clock (NaN: not stopped). */
    private volatile double stoppedAtMs = Double.NaN;
    /** What {@link #stop()} also does, for runs whose threads block in calls that only an interrupt ends. */
    private final List<Runnable> stopActions = new ArrayList<>();

    @Override public double now() { return (System.nanoTime() - origin) / 1e6; }

    @Override public void compute(double ms) {
        long end = System.nanoTime() + (long) (ms * 1e6);
        while (System.nanoTime() < end && !stopped) Thread.onSpinWait();
    }

    @Override public void idleUntil(double deadlineMs) {
        idler = Thread.currentThread();
        try {
            while (!wakeRequested && !stopped) {
                long left = Double.isInfinite(deadlineMs) ? Long.MAX_VALUE : (long) ((deadlineMs - now()) * 1e6);
                if (left <= 0) break;
                if (left > SPIN_NANOS) LockSupport.parkNanos(this, left - SPIN_NANOS);
                else Thread.onSpinWait();
            }
        } finally {
            wakeRequested = false;
            idler = null;
        }
    }

    @Override public void wake() {
        wakeRequested = true;
        Thread t = idler;
        if (t != null) LockSupport.unpark(t);
    }

    /**
     * Ends the run within a pass: computing and idling return at once, and the actions given to {@link #onStop} run
     * (on the calling thread, so they must be quick: an interrupt). Stopping twice does nothing more.
     */
    public void stop() {
        synchronized (stopActions) {
            if (stopped) return;
            stopped = true;
            // After the flag: an event whose time was read before a run saw the flag is never later than this.
            stoppedAtMs = now();
            wake();
            for (Runnable action : stopActions) action.run();
            stopActions.clear();
        }
    }

    @Override public boolean stopped() { return stopped; }

    /** When {@link #stop()} was called, in this clock's milliseconds; NaN if it was not. */
    public double stoppedAtMs() { return stoppedAtMs; }

    /**
     * Runs {@code action} when this clock is stopped (at once if it already is), until the returned handle is run:
     * once that has returned, the action never runs, so an interrupt meant for a run cannot reach the thread's next
     * work.
     */
    public Runnable onStop(Runnable action) {
        synchronized (stopActions) {
            if (stopped) action.run();
            else stopActions.add(action);
        }
        return () -> {
            synchronized (stopActions) {
                stopActions.remove(action);
            }
        };
    }

    /** A real timer more than a millisecond late was held up by the loop, not by the machine. */
    @Override public double lateToleranceMs() { return 1.0; }

    @Override public ClockKind kind() { return ClockKind.REAL; }
}
