package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.CancelCause;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code asyncio.TaskGroup} (CPython 3.11 {@code taskgroups.py}). The first failing child cancels every
 * unfinished sibling (in creation order) and the parent; the block exits when all have settled and
 * raises an ExceptionGroup of every failure.
 */
public final class TaskGroup {
    private final EventLoop loop;
    private Task parent;
    private boolean exiting;
    private boolean aborting;
    private boolean parentCancelRequested;
    private final LinkedHashSet<Task> tasks = new LinkedHashSet<>();
    private final List<PyExc> errors = new ArrayList<>();
    private Future onCompleted;

    public TaskGroup(EventLoop loop) { this.loop = loop; }

    public void enter(Task current) { parent = current; }

    public Task createTask(Coro coro, int index) {
        Task task = new Task(loop, coro, index);
        task.addDoneCallback(this::onTaskDone);
        tasks.add(task);
        return task;
    }

    private void abort(CancelCause cause) {
        aborting = true;
        for (Task t : List.copyOf(tasks)) if (!t.done()) t.cancel(cause);
    }

    private void onTaskDone(Future f) {
        Task task = (Task) f;
        tasks.remove(task);
        if (onCompleted != null && tasks.isEmpty() && !onCompleted.done()) onCompleted.setResult(Boolean.TRUE);
        if (task.cancelled()) return;
        PyExc exc = task.exception();
        if (exc == null) return;
        errors.add(exc);
        if (parent.done()) return;
        if (!aborting && !parentCancelRequested) {
            abort(CancelCause.TASKGROUP);
            parentCancelRequested = true;
            parent.cancel(CancelCause.TASKGROUP);
        }
    }

    /** {@code await tg.__aexit__(exc)}: waits for every child, then raises what the group must. */
    public Coro exit(PyExc exc) {
        return new Coro() {
            private boolean started;
            private PyExc propagateCancel;

            @Override protected Object resume(Object value, PyExc thrown) {
                if (!started) {
                    started = true;
                    exiting = true;
                    propagateCancel = exc instanceof PyExc.Cancelled ? exc : null;
                    if (parentCancelRequested && parent.uncancel() == 0) propagateCancel = null;
                    if (exc != null && !aborting) abort(causeOf(exc));
                } else {
                    if (thrown instanceof PyExc.Cancelled c && !aborting) {
                        propagateCancel = c;
                        abort(causeOf(c));
                    }
                    onCompleted = null;
                }
                if (!tasks.isEmpty()) {
                    if (onCompleted == null) onCompleted = loop.createFuture();
                    return onCompleted;
                }
                if (propagateCancel != null && errors.isEmpty()) return propagateCancel;
                if (exc != null && !(exc instanceof PyExc.Cancelled)) errors.add(exc);
                if (!errors.isEmpty()) return new PyExc.Group(errors);
                return Ret.NONE;
            }
        };
    }

    private static CancelCause causeOf(PyExc exc) {
        return exc instanceof PyExc.Cancelled c && c.cause() != null ? c.cause() : CancelCause.CALLER;
    }

    public boolean exiting() { return exiting; }
}
