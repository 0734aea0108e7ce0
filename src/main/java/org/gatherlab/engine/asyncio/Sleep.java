package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceLog;

/**
 * {@code await asyncio.sleep(d)} (CPython 3.11 {@code tasks.sleep}): I/O-bound work. With
 * {@code d <= 0} it is a bare {@code yield} ({@link #yieldNow}); otherwise the task awaits a future that a
 * timer completes ({@code futures._set_result_unless_cancelled}), and the timer is cancelled however the
 * await ends ({@link #end}).
 *
 * <p>The future is its own timer: where CPython has a future and a {@code TimerHandle}, one object here
 * sits in the loop's timer queue and is awaited. It may be made before it is started, next to the task
 * that will await it: when its timer fires the loop then finds the future, the task and its coroutine
 * side by side in memory instead of in three places.
 */
public final class Sleep extends Future {
    /** The task whose I/O this is, for the trace. */
    final int owner;
    double when;
    boolean timerCancelled;

    public Sleep(EventLoop loop, int owner) {
        super(loop);
        this.owner = owner;
    }

    /** {@code asyncio.sleep(d)} with {@code d <= 0}: traces the task as sleeping until now; the coroutine yields. */
    public static Object yieldNow(EventLoop loop, int owner) {
        double now = loop.time();
        loop.trace(TraceLog.Kind.SLEEPING, owner, now, now);
        return Coro.YIELD;
    }

    /** {@code asyncio.sleep(delay)} with {@code delay > 0}: schedules the timer and answers this future, to await. */
    public Sleep start(double delay) {
        if (!(delay > 0)) throw new IllegalArgumentException("a sleep of " + delay + " ms is a bare yield: use yieldNow");
        double now = loop.time();
        when = now + delay;
        loop.schedule(this, when);
        loop.trace(TraceLog.Kind.SLEEPING, owner, now, when);
        return this;
    }

    /** The await ended (completed or cancelled): {@code finally: h.cancel()}. */
    public void end() { timerCancelled = true; }

    /** The timer is due. */
    void fire() {
        if (!cancelled()) setResult(null);
    }
}
