package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceEvent;

/**
 * {@code await asyncio.sleep(d)} (CPython 3.11 {@code tasks.sleep}): I/O-bound work. With
 * {@code d <= 0} it is a bare {@code yield}; otherwise the task awaits a future that a timer completes
 * ({@code futures._set_result_unless_cancelled}), and the timer is cancelled however the await ends.
 *
 * <p>The future is its own timer: CPython has a future and a {@code TimerHandle}; one object here sits
 * in the loop's timer queue and is awaited. A task's sleep costs one object, not three.
 */
public final class Sleep extends Future {
    final double when;
    /** The task whose I/O this is, for the trace. */
    final int owner;
    boolean timerCancelled;

    private Sleep(EventLoop loop, double when, int owner) {
        super(loop);
        this.when = when;
        this.owner = owner;
    }

    /**
     * The awaiting coroutine's first half: traces the task as sleeping, then answers what to hand the task:
     * {@link Coro#YIELD} for {@code d <= 0}, else the future to await. Call {@link #end} when resumed.
     */
    public static Object start(EventLoop loop, double delay, int owner) {
        double now = loop.time();
        if (delay <= 0) {
            loop.emit(new TraceEvent.Sleeping(now, owner, now));
            return Coro.YIELD;
        }
        Sleep sleep = new Sleep(loop, now + delay, owner);
        loop.schedule(sleep, sleep.when);
        loop.emit(new TraceEvent.Sleeping(now, owner, sleep.when));
        return sleep;
    }

    /** The await ended (completed or cancelled): {@code finally: h.cancel()}. */
    public void end() { timerCancelled = true; }

    /** The timer is due. */
    void fire() {
        if (!cancelled()) setResult(null);
    }
}
