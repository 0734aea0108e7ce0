package org.gatherlab.engine.flat;

/**
 * The flat path's {@code asyncio.Semaphore} ({@code engine.asyncio.Semaphore}, CPython 3.11.7): FIFO waiters, and
 * {@code locked()} true while a waiter that is not cancelled is queued, so a newcomer cannot overtake the queue. A
 * waiter is its task's position: its future's state in a byte, the queue linked through two int arrays by task (a
 * woken waiter leaves it from anywhere), and a count of the queued waiters not cancelled for {@code locked()}.
 */
final class FlatSemaphore {
    private static final byte NONE = 0, PENDING = 1, GRANTED = 2, CANCELLED = 3;
    private static final int END = -1;

    private final FlatRun run;
    private int value;
    private final byte[] waiter;
    private final int[] next, prev;
    private int head = END, tail = END;
    private int live;

    FlatSemaphore(FlatRun run, int value, int tasks) {
        this.run = run;
        this.value = value;
        this.waiter = new byte[tasks];
        this.next = new int[tasks];
        this.prev = new int[tasks];
    }

    /** {@code acquire()}'s first step for task {@code i}: true if it took a permit; false if it now waits for one. */
    boolean acquire(int i) {
        if (value > 0 && live == 0) {
            value--;
            return true;
        }
        waiter[i] = PENDING;
        live++;
        prev[i] = tail;
        next[i] = END;
        if (tail == END) head = i;
        else next[tail] = i;
        tail = i;
        return false;
    }

    /**
     * {@code acquire()} resumed when task {@code i}'s waiter is done, with a CancelledError sent in or not: the waiter
     * leaves the queue; true if the task now holds a permit. A task cancelled after it was granted one gives it back.
     */
    boolean resumed(int i, boolean cancelled) {
        unlink(i);
        byte w = waiter[i];
        waiter[i] = NONE;
        if (w != CANCELLED) live--;
        if (cancelled) {
            if (w != CANCELLED) {
                value++;
                wakeUpNext();
            }
            return false;
        }
        if (value > 0) wakeUpNext();
        return true;
    }

    /** {@code waiter.cancel()}: false if it is done already. */
    boolean cancel(int i) {
        if (waiter[i] != PENDING) return false;
        waiter[i] = CANCELLED;
        live--;
        run.wake(i);
        return true;
    }

    boolean cancelled(int i) { return waiter[i] == CANCELLED; }

    void release() {
        value++;
        wakeUpNext();
    }

    /** The oldest waiter not done yet gets the permit (those done but not yet resumed are passed over). */
    private void wakeUpNext() {
        for (int w = head; w != END; w = next[w]) {
            if (waiter[w] == PENDING) {
                value--;
                waiter[w] = GRANTED;
                run.wake(w);
                return;
            }
        }
    }

    private void unlink(int i) {
        if (prev[i] == END) head = next[i];
        else next[prev[i]] = next[i];
        if (next[i] == END) tail = prev[i];
        else prev[next[i]] = prev[i];
    }
}
