package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceLog;

import java.util.ArrayDeque;

/**
 * {@code asyncio.Semaphore} as in CPython 3.11.7: FIFO waiters, and {@code locked()} stays true while a
 * non-cancelled waiter exists so that a newcomer cannot overtake the queue.
 */
public final class Semaphore {
    private final EventLoop loop;
    private final ArrayDeque<Future> waiters = new ArrayDeque<>();
    private int value;

    public Semaphore(EventLoop loop, int value) {
        this.loop = loop;
        this.value = value;
    }

    public boolean locked() {
        if (value == 0) return true;
        for (Future w : waiters) if (!w.cancelled()) return true;
        return false;
    }

    /** {@code await sem.acquire()}; {@code owner} is the task that waits, for the trace. */
    public Coro acquire(int owner) {
        return new Coro() {
            private Future fut;

            @Override protected Object resume(Object v, PyExc thrown) {
                if (fut == null) {
                    if (!locked()) {
                        value--;
                        return Ret.NONE;
                    }
                    fut = loop.createFuture();
                    waiters.addLast(fut);
                    loop.trace(TraceLog.Kind.PERMIT_WAITING, owner, loop.time(), 0);
                    return fut;
                }
                waiters.remove(fut);
                if (thrown != null) {
                    if (!fut.cancelled()) {
                        value++;
                        wakeUpNext();
                    }
                    return thrown;
                }
                if (value > 0) wakeUpNext();
                return Ret.NONE;
            }
        };
    }

    public void release() {
        value++;
        wakeUpNext();
    }

    private void wakeUpNext() {
        for (Future fut : waiters) {
            if (!fut.done()) {
                value--;
                fut.setResult(Boolean.TRUE);
                return;
            }
        }
    }
}
