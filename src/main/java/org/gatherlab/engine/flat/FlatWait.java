package org.gatherlab.engine.flat;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.ReturnWhen;

import java.util.ArrayList;
import java.util.List;

/**
 * The flat path's {@code done, pending = await asyncio.wait(tasks, return_when=W)} ({@code engine.asyncio.Wait}, no
 * timeout: the flat path takes none): one done-callback per task counting down, the waiter a flag. It never raises and
 * never cancels; the caller returns which tasks were done when it woke.
 */
final class FlatWait implements FlatAwait {
    private final FlatRun run;
    private final ReturnWhen returnWhen;
    private final int tasks;
    private int counter;
    private boolean waiterDone;

    FlatWait(FlatRun run, ReturnWhen returnWhen, int tasks) {
        this.run = run;
        this.returnWhen = returnWhen;
        this.tasks = tasks;
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

    /**
     * The caller's wake-up removes the done-callbacks (so tasks that settle later call none) and returns the tasks done
     * by then and those still pending, each in task order.
     */
    @Override public void callerWoken() {
        run.stopCallbacks();
        List<String> done = new ArrayList<>(), pending = new ArrayList<>();
        for (int i = 0; i < tasks; i++) (run.settled(i) ? done : pending).add(run.name(i));
        run.returned(new Outcome.ReturnedWait(done, pending));
    }
}
