package org.gatherlab.engine.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A pool job's {@code concurrent.futures.Future}. Unlike an asyncio future it may be completed from a
 * worker thread, and its done-callbacks run right there, on whichever thread completes it.
 */
public final class Job {
    private enum State { PENDING, RUNNING, CANCELLED, FINISHED }

    public final int task;
    public final double ms;
    private State state = State.PENDING;
    private final List<Consumer<Job>> callbacks = new ArrayList<>(1);

    public Job(int task, double ms) {
        this.task = task;
        this.ms = ms;
    }

    /** Withdraws a job no worker has picked up; a running or finished one goes on (false). */
    public boolean cancel() {
        List<Consumer<Job>> run;
        synchronized (this) {
            if (state == State.RUNNING || state == State.FINISHED) return false;
            if (state == State.CANCELLED) return true;
            state = State.CANCELLED;
            run = List.copyOf(callbacks);
        }
        run.forEach(cb -> cb.accept(this));
        return true;
    }

    /** A worker takes the job: false if it was withdrawn meanwhile. */
    public synchronized boolean setRunningOrNotifyCancel() {
        if (state == State.CANCELLED) return false;
        if (state != State.PENDING) throw new IllegalStateException("job already " + state);
        state = State.RUNNING;
        return true;
    }

    public void setResult() {
        List<Consumer<Job>> run;
        synchronized (this) {
            state = State.FINISHED;
            run = List.copyOf(callbacks);
        }
        run.forEach(cb -> cb.accept(this));
    }

    public void addDoneCallback(Consumer<Job> cb) {
        synchronized (this) {
            if (state != State.CANCELLED && state != State.FINISHED) {
                callbacks.add(cb);
                return;
            }
        }
        cb.accept(this);
    }

    public synchronized boolean isCancelled() { return state == State.CANCELLED; }
}
