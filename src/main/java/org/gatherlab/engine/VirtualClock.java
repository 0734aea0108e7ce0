package org.gatherlab.engine;

/** Exact, instant time: computing and idling move the clock, nothing waits. */
public final class VirtualClock implements Clock {
    private double now;

    @Override public double now() { return now; }

    @Override public void compute(double ms) {
        if (ms < 0) throw new IllegalArgumentException("time can't go backwards: compute(" + ms + ")");
        now += ms;
    }

    @Override public void idleUntil(double deadlineMs) {
        if (Double.isInfinite(deadlineMs)) throw new IllegalStateException("the loop would idle forever: nothing is scheduled");
        if (deadlineMs > now) now = deadlineMs;
    }

    @Override public void wake() { }

    @Override public ClockKind kind() { return ClockKind.VIRTUAL; }
}
