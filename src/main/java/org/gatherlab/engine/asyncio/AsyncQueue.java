package org.gatherlab.engine.asyncio;

import java.util.ArrayDeque;

/** The part of {@code asyncio.Queue} (unbounded) that {@code as_completed} uses: put_nowait and get. */
final class AsyncQueue {
    private static final Object NONE = new Object();
    private final EventLoop loop;
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final ArrayDeque<Future> getters = new ArrayDeque<>();

    AsyncQueue(EventLoop loop) { this.loop = loop; }

    void putNowait(Object item) {
        items.addLast(item == null ? NONE : item);
        while (!getters.isEmpty()) {
            Future w = getters.pollFirst();
            if (!w.done()) {
                w.setResult(null);
                break;
            }
        }
    }

    /** {@code await queue.get()}: resolves to the item (null stands for Python's None). */
    Coro get() {
        return new Coro() {
            private Future getter;

            @Override protected Object resume(Object value, PyExc thrown) {
                if (getter != null && thrown != null) {
                    getter.cancel(null);
                    getters.remove(getter);
                    if (!items.isEmpty() && !getter.cancelled()) wakeNext();
                    return thrown;
                }
                if (items.isEmpty()) {
                    getter = loop.createFuture();
                    getters.addLast(getter);
                    return getter;
                }
                Object item = items.pollFirst();
                return new Ret(item == NONE ? null : item);
            }
        };
    }

    private void wakeNext() {
        while (!getters.isEmpty()) {
            Future w = getters.pollFirst();
            if (!w.done()) {
                w.setResult(null);
                break;
            }
        }
    }
}
