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
    // Most futures have exactly one done-callback: keep it in a field, a list only for more.
    private DoneCallback firstCallback;
    private List<DoneCallback> moreCallbacks;

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
        if (firstCallback == null && moreCallbacks == null) {
            firstCallback = cb;
            return;
        }
        if (moreCallbacks == null) moreCallbacks = new ArrayList<>(2);
        moreCallbacks.add(cb);
    }

    public final void removeDoneCallback(DoneCallback cb) {
        if (firstCallback == cb) firstCallback = null;
        if (moreCallbacks != null) moreCallbacks.removeIf(c -> c == cb);
    }

    /** In registration order, as CPython keeps them. */
    private void scheduleCallbacks() {
        DoneCallback first = firstCallback;
        List<DoneCallback> more = moreCallbacks;
        firstCallback = null;
        moreCallbacks = null;
        if (first != null) loop.callSoon(first, this);
        if (more != null) for (DoneCallback cb : more) loop.callSoon(cb, this);
    }
}
