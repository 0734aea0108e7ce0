package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceEvent;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code asyncio.as_completed(tasks, timeout=...)} as in CPython 3.11: finished tasks go through a
 * queue in completion order; the timeout makes the next await raise TimeoutError and cancels nothing.
 */
public final class AsCompleted {
    private final AsyncQueue done;
    private final LinkedHashSet<Task> todo;
    private Timer timeoutHandle;

    /** The generator's body, run on the first {@code next()}. */
    public AsCompleted(EventLoop loop, List<Task> fs, Double timeout) {
        done = new AsyncQueue(loop);
        todo = new LinkedHashSet<>(fs);
        DoneCallback onCompletion = new DoneCallback() {
            @Override public void done(Future f) {
                if (todo.isEmpty()) return;
                todo.remove((Task) f);
                done.putNowait(f);
                if (todo.isEmpty() && timeoutHandle != null) timeoutHandle.cancel();
            }
        };
        for (Task f : todo) f.addDoneCallback(onCompletion);
        if (!todo.isEmpty() && timeout != null) {
            timeoutHandle = loop.callLater(timeout, TraceEvent.CALLER, () -> {
                for (Task f : todo) {
                    f.removeDoneCallback(onCompletion);
                    done.putNowait(null);
                }
                todo.clear();
            });
        }
    }

    /** One {@code _wait_for_one()}: resolves to the next finished task's result, or raises its error. */
    public Coro next() {
        Coro get = done.get();
        return new Coro() {
            private boolean asked;

            @Override protected Object resume(Object value, PyExc thrown) {
                if (!asked) {
                    asked = true;
                    return get;
                }
                if (thrown != null) return thrown;
                if (value == null) return new PyExc.Timeout();
                Task f = (Task) value;
                if (f.cancelled()) return f.makeCancelledError().from(f.index);
                if (f.exception() != null) return f.exception();
                return new Ret(f);
            }
        };
    }
}
