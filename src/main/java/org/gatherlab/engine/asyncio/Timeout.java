package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TraceEvent;

/**
 * {@code async with asyncio.timeout(delay)} (CPython 3.11 {@code timeouts.py}). On expiry it cancels
 * the task that entered it; on exit it turns the resulting CancelledError into TimeoutError. Its
 * timer is an ordinary callback, so it cannot fire while CPU work holds the loop.
 */
public final class Timeout {
    private enum State { CREATED, ENTERED, EXPIRING, EXPIRED, EXITED }

    private final EventLoop loop;
    private final double when;
    private State state = State.CREATED;
    private Handle handler;
    private Task task;
    private int cancellingOnEntry;

    /** {@code asyncio.timeout(delay)}: the deadline is fixed now, when the manager is created. */
    public Timeout(EventLoop loop, double delay) {
        this.loop = loop;
        this.when = loop.time() + delay;
    }

    public void enter(Task current) {
        state = State.ENTERED;
        task = current;
        cancellingOnEntry = task.cancelling();
        handler = when <= loop.time()
                ? loop.callSoon(this::onTimeout)
                : loop.callAt(when, TraceEvent.CALLER, this::onTimeout);
    }

    /** {@code __aexit__}: answers the exception that leaves the block (null: none). */
    public PyExc exit(PyExc exc) {
        if (handler != null) {
            handler.cancel();
            handler = null;
        }
        if (state == State.EXPIRING) {
            state = State.EXPIRED;
            if (task.uncancel() <= cancellingOnEntry && exc instanceof PyExc.Cancelled) return new PyExc.Timeout();
        } else if (state == State.ENTERED) {
            state = State.EXITED;
        }
        return exc;
    }

    private void onTimeout() {
        task.cancel(CancelCause.TIMEOUT);
        state = State.EXPIRING;
        handler = null;
    }
}
