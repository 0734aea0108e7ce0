package org.gatherlab.engine.asyncio;

/**
 * A callback due at a loop time ({@code asyncio.TimerHandle}). Timers due at the same instant fire in
 * the order they were scheduled: {@code seq} breaks ties, which CPython's heap does not promise.
 */
public final class Timer extends Handle implements Comparable<Timer> {
    final double when;
    final long seq;
    /** Whose timer this is, for the trace's late-timer marks; {@link #NO_OWNER} when nobody's. */
    final int owner;

    static final int NO_OWNER = Integer.MIN_VALUE;

    Timer(double when, long seq, int owner, Runnable callback) {
        super(callback);
        this.when = when;
        this.seq = seq;
        this.owner = owner;
    }

    public double when() { return when; }

    @Override public int compareTo(Timer o) {
        int c = Double.compare(when, o.when);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
