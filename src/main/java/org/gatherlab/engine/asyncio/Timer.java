package org.gatherlab.engine.asyncio;

/**
 * A callback due at a loop time ({@code asyncio.TimerHandle}). Timers due at the same instant fire in
 * the order they were scheduled ({@link org.gatherlab.engine.TimerQueue} keeps that order), which CPython's heap does not
 * promise.
 */
public final class Timer extends Handle {
    final double when;
    /** Whose timer this is, for the trace's late-timer marks; {@link #NO_OWNER} when nobody's. */
    final int owner;

    static final int NO_OWNER = Integer.MIN_VALUE;

    Timer(double when, int owner, Runnable callback) {
        super(callback);
        this.when = when;
        this.owner = owner;
    }

    public double when() { return when; }
}
