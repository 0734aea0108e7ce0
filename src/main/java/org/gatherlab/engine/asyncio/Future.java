package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.CancelCause;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code asyncio.Future}: a result that will exist later. Completing it never calls anyone directly:
 * each done-callback is scheduled with {@code call_soon}, which is where awaiting costs a tick.
 */
public class Future {
    private static final int PENDING = 0, CANCELLED = 1, FINISHED = 2;

    final EventLoop loop;
    private int state = PENDING;
    private Object result;
    private PyExc exception;
    CancelCause cancelMessage;
    private List<DoneCallback> callbacks;

    Future(EventLoop loop) { this.loop = loop; }

    public final boolean done() { return state != PENDING; }

    public final boolean cancelled() { return state == CANCELLED; }

    /** The result; call only when done and not failed or cancelled. */
    public final Object result() { return result; }

    /** The exception it finished with (a cancelled future answers its CancelledError), else null. */
    public final PyExc exceptionOrCancelled() {
        if (state == CANCELLED) return makeCancelledError();
        return exception;
    }

    /** {@code fut.exception()} on a finished, not-cancelled future. */
    public final PyExc exception() { return exception; }

    /** {@code Future.cancel(msg)}; subclasses add their own meaning. */
    public boolean cancel(CancelCause msg) { return cancelFuture(msg); }

    final boolean cancelFuture(CancelCause msg) {
        if (state != PENDING) return false;
        state = CANCELLED;
        cancelMessage = msg;
        scheduleCallbacks();
        return true;
    }

    PyExc.Cancelled makeCancelledError() { return new PyExc.Cancelled(cancelMessage, -1); }

    public final void setResult(Object value) {
        if (state != PENDING) throw new IllegalStateException("invalid state: " + state);
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    public final void setException(PyExc exc) {
        if (state != PENDING) throw new IllegalStateException("invalid state: " + state);
        exception = exc;
        state = FINISHED;
        scheduleCallbacks();
    }

    public final void addDoneCallback(DoneCallback cb) {
        if (state != PENDING) {
            loop.callSoon(cb, this);
            return;
        }
        if (callbacks == null) callbacks = new ArrayList<>(2);
        callbacks.add(cb);
    }

    public final void removeDoneCallback(DoneCallback cb) {
        if (callbacks != null) callbacks.removeIf(c -> c == cb);
    }

    private void scheduleCallbacks() {
        List<DoneCallback> cbs = callbacks;
        if (cbs == null) return;
        callbacks = null;
        for (DoneCallback cb : cbs) loop.callSoon(cb, this);
    }
}
