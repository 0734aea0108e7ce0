package org.gatherlab.engine.flat;

/** A FIFO ring of ints that grows as needed: the flat path's ready queue, its pool's job queue and hand-overs. */
final class IntQueue {
    private int[] ring;
    private int head;
    private int size;

    /** Room for {@code expected} entries before it grows (a power of two, at least 16). */
    IntQueue(int expected) {
        ring = new int[Math.max(16, Integer.highestOneBit(Math.max(1, expected)) << 1)];
    }

    boolean isEmpty() { return size == 0; }

    int size() { return size; }

    void add(int v) {
        if (size == ring.length) grow();
        ring[(head + size) & (ring.length - 1)] = v;
        size++;
    }

    /** The oldest entry, removed; only when not empty. */
    int poll() {
        int v = ring[head];
        head = (head + 1) & (ring.length - 1);
        size--;
        return v;
    }

    private void grow() {
        int[] bigger = new int[ring.length * 2];
        for (int k = 0; k < size; k++) bigger[k] = ring[(head + k) & (ring.length - 1)];
        ring = bigger;
        head = 0;
    }
}
