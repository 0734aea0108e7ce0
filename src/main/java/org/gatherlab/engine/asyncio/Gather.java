package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.CancelCause;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code asyncio.gather(*tasks, return_exceptions=...)} (CPython 3.11 {@code tasks.py}). The first
 * exception completes the outer future at once and cancels nobody; cancelling the outer future
 * cancels every unfinished child.
 */
public final class Gather {
    private Gather() {}

    /** What each child gave: its value, or the exception it returned as a value. */
    public record ChildResult(Task task, Object value, PyExc error) {}

    /** {@code _GatheringFuture}: its cancel() cancels the children rather than itself. */
    static final class GatheringFuture extends Future {
        private final List<Task> children;
        boolean cancelRequested;

        GatheringFuture(EventLoop loop, List<Task> children) {
            super(loop);
            this.children = children;
        }

        @Override public boolean cancel(CancelCause msg) {
            if (done()) return false;
            boolean ret = false;
            for (Task child : children) if (child.cancel(msg)) ret = true;
            if (ret) cancelRequested = true;
            return ret;
        }
    }

    /** The outer future; its result is a {@code List<ChildResult>} in input order. */
    public static Future gather(EventLoop loop, List<Task> children, boolean returnExceptions) {
        GatheringFuture outer = new GatheringFuture(loop, List.copyOf(children));
        int[] finished = {0};
        DoneCallback onChildDone = fut -> {
            finished[0]++;
            if (outer.done()) return;
            if (!returnExceptions) {
                if (fut.cancelled()) {
                    outer.setException(((Task) fut).makeCancelledError().from(((Task) fut).index));
                    return;
                }
                if (fut.exception() != null) {
                    outer.setException(fut.exception());
                    return;
                }
            }
            if (finished[0] == children.size()) {
                if (outer.cancelRequested) {
                    outer.setException(((Task) fut).makeCancelledError().from(((Task) fut).index));
                    return;
                }
                List<ChildResult> results = new ArrayList<>(children.size());
                for (Task child : children) {
                    PyExc err = child.exceptionOrCancelled();
                    results.add(new ChildResult(child, err == null ? child.result() : null, err));
                }
                outer.setResult(results);
            }
        };
        for (Task child : children) child.addDoneCallback(onChildDone);
        return outer;
    }
}
