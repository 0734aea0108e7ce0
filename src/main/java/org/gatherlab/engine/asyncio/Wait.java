package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.TraceEvent;

import java.util.List;

/**
 * {@code asyncio.wait(tasks, timeout=..., return_when=...)} (CPython 3.11 {@code _wait}). It never
 * raises for a task's failure or for the timeout, and never cancels anything.
 */
public final class Wait {
    private Wait() {}

    /** Resolves to the tasks, now inspected for done-ness by the caller. */
    public static Coro wait(EventLoop loop, List<Task> fs, Double timeout, ReturnWhen returnWhen) {
        return new Coro() {
            private Timer timeoutHandle;
            private DoneCallback onCompletion;

            @Override protected Object resume(Object value, PyExc thrown) {
                if (onCompletion == null) {
                    Future waiter = loop.createFuture();
                    if (timeout != null) {
                        timeoutHandle = loop.callLater(timeout, TraceEvent.CALLER, () -> {
                            if (!waiter.done()) waiter.setResult(null);
                        });
                    }
                    int[] counter = {fs.size()};
                    onCompletion = f -> {
                        counter[0]--;
                        if (counter[0] <= 0 || returnWhen == ReturnWhen.FIRST_COMPLETED
                                || returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null) {
                            if (timeoutHandle != null) timeoutHandle.cancel();
                            if (!waiter.done()) waiter.setResult(null);
                        }
                    };
                    for (Task f : fs) f.addDoneCallback(onCompletion);
                    return waiter;
                }
                if (timeoutHandle != null) timeoutHandle.cancel();
                for (Task f : fs) f.removeDoneCallback(onCompletion);
                return thrown != null ? thrown : new Ret(fs);
            }
        };
    }
}
