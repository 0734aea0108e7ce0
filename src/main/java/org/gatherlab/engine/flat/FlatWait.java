package org.gatherlab.engine.flat;

import org.gatherlab.engine.ReturnWhen;

/**
 * The flat path's {@code done, pending = await asyncio.wait(tasks, return_when=W)} ({@code engine.asyncio.Wait}, no
 * timeout: the flat path takes none): one done-callback per task counting down, the waiter a flag. It never raises and
 * never cancels; the caller returns which tasks were done when it woke.
 */
final class FlatWait implements FlatAwait {
    private final FlatRun run;
    private final ReturnWhen returnWhen;
    private int counter;
    private boolean waiterDone;

    FlatWait(FlatRun run, ReturnWhen returnWhen, int tasks) {
        this.run = run;
        this.returnWhen = returnWhen;
        this.counter = tasks;
    }

    @Override public void entered() { }

    @Override public void taskDone(int i) {
        counter--;
        boolean wake = counter <= 0 || returnWhen == ReturnWhen.FIRST_COMPLETED
                || returnWhen == ReturnWhen.FIRST_EXCEPTION && run.failed(i);
        if (wake && !waiterDone) {
            waiterDone = true;
            run.wakeCaller();
        }
    }

    /** The caller's wake-up removes the done-callbacks (so tasks that settle later call none) and returns. */
    @Override public void callerWoken() {
        run.stopCallbacks();
        run.returnedWait();
    }
}
