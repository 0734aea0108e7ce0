package org.gatherlab.engine.flat;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceLog;

/**
 * The flat path's {@code asyncio.TaskGroup} ({@code engine.asyncio.TaskGroup}, CPython 3.11's {@code taskgroups.py})
 * in the flat path's domain: the caller is cancelled by nobody but the group, and no child has a cancel time of its
 * own. The group's set of unfinished children is a count (a child leaves it when its done-callback runs, and the
 * abort finds the ones left by their state, in creation order as the set keeps them), its errors the positions of the
 * failed children in the order their callbacks ran, its {@code _on_completed_fut} a state.
 */
final class FlatTaskGroup implements FlatAwait {
    // _on_completed_fut: none (between the caller's wake-up and its next await), pending, or done (a result or
    // cancelled: the caller's wake-up is queued either way).
    private static final byte NONE = 0, PENDING = 1, DONE = 2;
    private static final double TASKGROUP = TraceLog.ordinal(CancelCause.TASKGROUP);

    private final FlatRun run;
    private int left;
    private final IntQueue errors = new IntQueue(16);
    private boolean aborting;
    private byte onCompleted = NONE;

    FlatTaskGroup(FlatRun run, int tasks) {
        this.run = run;
        this.left = tasks;
    }

    /** The caller's first step created the children; {@code __aexit__} now awaits a fresh {@code _on_completed_fut}. */
    @Override public void entered() { onCompleted = PENDING; }

    /** {@code _on_task_done} for child {@code i}. */
    @Override public void taskDone(int i) {
        left--;
        if (left == 0 && onCompleted == PENDING) {
            onCompleted = DONE;
            run.wakeCaller();
        }
        if (!run.failed(i)) return;
        errors.add(i);
        // The caller is never done before every child's callback ran: it awaits them all. The first failure aborts:
        // the unfinished children are cancelled, then the caller (its await of _on_completed_fut, if still pending;
        // else a cancel that its queued wake-up takes in and __aexit__ ignores, since it is aborting). The caller's
        // cancel request: parent.cancel().
        if (aborting) return;
        aborting = true;
        run.abort();
        run.trace(TraceLog.Kind.CANCEL_REQUESTED, TraceEvent.CALLER, TASKGROUP);
        if (onCompleted == PENDING) {
            onCompleted = DONE;
            run.wakeCaller();
        }
    }

    /**
     * The caller's wake-up inside {@code __aexit__}: it awaits again while children are left; else the block exits
     * with an {@code ExceptionGroup} of the errors, or normally.
     */
    @Override public void callerWoken() {
        onCompleted = NONE;
        if (left > 0) {
            onCompleted = PENDING;
            return;
        }
        if (errors.isEmpty()) {
            run.returnedAll();
            return;
        }
        int[] failed = new int[errors.size()];
        for (int k = 0; k < failed.length; k++) failed[k] = errors.poll();
        run.raised("ExceptionGroup", failed);
    }
}
