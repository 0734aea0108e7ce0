package org.gatherlab.engine.asyncio;

/**
 * The loop's ready queue: a FIFO ring of callbacks, each with the future it is called with (or null).
 * Keeping the pair in two arrays is CPython's {@code Handle(callback, args)} without an object per
 * entry: a future's done-callbacks and a task's next step are queued once per task per tick, so they
 * are the loop's most frequent allocation otherwise. A {@link Handle} is queued as itself when someone
 * needs to cancel it.
 */
final class ReadyQueue {
    private Object[] callbacks;
    private Future[] args;
    private int head;
    private int size;
    private Future polledArg;

    /** Room for {@code expected} entries before it grows (a power of two, at least 64). */
    ReadyQueue(int expected) {
        int capacity = Math.max(64, Integer.highestOneBit(Math.max(1, expected - 1)) << 1);
        callbacks = new Object[capacity];
        args = new Future[capacity];
    }

    boolean isEmpty() { return size == 0; }

    int size() { return size; }

    /** {@code callback} is a {@link Handle}, a {@link Runnable}, or a {@link DoneCallback} when {@code arg} is set. */
    void add(Object callback, Future arg) {
        if (size == callbacks.length) grow();
        int i = (head + size) & (callbacks.length - 1);
        callbacks[i] = callback;
        args[i] = arg;
        size++;
    }

    /** The oldest entry's callback; read {@link #arg} after it, before the next {@code poll}. */
    Object poll() {
        Object cb = callbacks[head];
        polledArg = args[head];
        callbacks[head] = null;
        args[head] = null;
        head = (head + 1) & (callbacks.length - 1);
        size--;
        return cb;
    }

    /** The future that goes with the callback {@link #poll} just returned. */
    Future arg() { return polledArg; }

    private void grow() {
        int n = callbacks.length;
        Object[] cb = new Object[n * 2];
        Future[] a = new Future[n * 2];
        for (int k = 0; k < size; k++) {
            cb[k] = callbacks[(head + k) & (n - 1)];
            a[k] = args[(head + k) & (n - 1)];
        }
        callbacks = cb;
        args = a;
        head = 0;
    }
}
