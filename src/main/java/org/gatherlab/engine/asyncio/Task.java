package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceLog;
import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TraceEvent;

/**
 * {@code asyncio.Task}: drives a coroutine one step at a time. A port of CPython 3.11's
 * {@code Task.__step}, {@code __wakeup} and {@code cancel}: cancellation is only a request, delivered
 * as a CancelledError at the coroutine's next await (or right away into a future it is awaiting).
 */
public final class Task extends Future implements Runnable, DoneCallback {
    /** The task's scenario position, or {@link TraceEvent#CALLER} for main(). */
    public final int index;
    /** The innermost coroutine being awaited; each links to its caller ({@link Coro#caller}). */
    private Coro top;
    private Future futWaiter;
    private boolean mustCancel;
    private int cancelsRequested;
    private PyExc.Cancelled cancelledExc;
    private CancelCause firstCancelCause;

    public Task(EventLoop loop, Coro coro, int index) {
        super(loop);
        this.index = index;
        top = coro;
        loop.register(this);
        if (index != TraceEvent.CALLER) loop.trace(TraceLog.Kind.CREATED, index, loop.time(), 0);
        loop.callSoon(this);
    }

    /** The cause of the first cancellation request this task received while unfinished, or null. */
    public CancelCause firstCancelCause() { return firstCancelCause; }

    public int cancelling() { return cancelsRequested; }

    public int uncancel() {
        if (cancelsRequested > 0) cancelsRequested--;
        return cancelsRequested;
    }

    @Override public boolean cancel(CancelCause msg) {
        if (done()) return false;
        cancelsRequested++;
        if (firstCancelCause == null) firstCancelCause = msg;
        loop.trace(TraceLog.Kind.CANCEL_REQUESTED, index, loop.time(), TraceLog.ordinal(msg));
        if (futWaiter != null && futWaiter.cancel(msg)) return true;
        mustCancel = true;
        cancelMessage = msg;
        return true;
    }

    @Override PyExc.Cancelled makeCancelledError() {
        if (cancelledExc != null) {
            PyExc.Cancelled exc = cancelledExc;
            cancelledExc = null;
            return exc;
        }
        return super.makeCancelledError();
    }

    /** Scheduled by {@code call_soon}: the task's next step, with nothing sent in. */
    @Override public void run() { step(null, null); }

    /** The awaited future is done: resume with its result ({@code await fut} evaluates to it) or its error. */
    @Override public void done(Future future) {
        PyExc exc = future.exceptionOrCancelled();
        step(exc == null ? future.result() : null, exc);
    }

    private void step(Object value, PyExc exc) {
        if (done()) throw new IllegalStateException("_step(): already done");
        if (mustCancel) {
            if (!(exc instanceof PyExc.Cancelled)) exc = makeCancelledError();
            mustCancel = false;
        }
        futWaiter = null;
        loop.enter(this);
        try {
            Object r = drive(value, exc);
            switch (r) {
                case Coro.Ret ret -> {
                    if (mustCancel) {
                        mustCancel = false;
                        cancelFuture(cancelMessage);
                    } else {
                        setResult(ret.value());
                    }
                }
                case PyExc.Cancelled c -> {
                    cancelledExc = c;
                    cancelFuture(c.cause());
                }
                case PyExc e -> setException(e);
                case Future f -> {
                    f.addDoneCallback(this);
                    futWaiter = f;
                    if (mustCancel && futWaiter.cancel(cancelMessage)) mustCancel = false;
                }
                default -> {
                    if (r != Coro.YIELD) throw new IllegalStateException("Task got bad yield: " + r);
                    loop.callSoon(this);
                }
            }
        } finally {
            loop.leave();
            if (done()) loop.finished(this);
        }
    }

    /** {@code coro.send(None)} / {@code coro.throw(exc)} through the chain of awaited coroutines. */
    private Object drive(Object value, PyExc thrown) {
        while (true) {
            Object r = top.resume(value, thrown);
            if (r instanceof Coro sub) {
                sub.caller = top;
                top = sub;
                value = null;
                thrown = null;
                continue;
            }
            if (r instanceof Future || r == Coro.YIELD) return r;
            Coro finished = top;
            top = finished.caller;
            finished.caller = null;
            if (top == null) return r;
            if (r instanceof PyExc e) {
                thrown = e;
                value = null;
            } else {
                thrown = null;
                value = ((Coro.Ret) r).value();
            }
        }
    }
}
