package org.gatherlab.engine.flat;

import java.util.Arrays;

/**
 * The flat path's timers: {@link org.gatherlab.engine.TimerQueue}'s order (by due time, then in the order scheduled)
 * with no object per timer. A timer is an int id (the flat path's: a task's position), each id pending at most once.
 * Timers due at one instant share a bucket, a FIFO linked through {@link #next} by id; only the distinct instants sit
 * in a heap of primitives, and an instant's bucket is found by an open-addressing hash of its bits.
 */
final class FlatTimers {
    private static final int NONE = -1;

    /** Per id: the id after it in its bucket. */
    private int[] next;
    // Buckets, by bucket number: due time, oldest and newest id; free buckets chain through head.
    private double[] when;
    private int[] head;
    private int[] tail;
    private int buckets;
    private int free = NONE;
    // The heap of bucket numbers, ordered by due time (Double.compare, as the timers' own order).
    private int[] heap;
    private int heapSize;
    // Instant (Double.doubleToLongBits) -> bucket number + 1 (0: empty slot).
    private long[] slotKey;
    private int[] slotBucket;
    private int shift;
    private int used;
    private int size;

    /**
     * Room for {@code ids} timers; the instants' tables start at room for as many distinct instants as timers, up to
     * 1,024 (they grow past that), so a run does not copy and rehash them as they fill: about 35 of the 242 bytes a task
     * a run of 1,000 tasks allocated went to that growing.
     */
    FlatTimers(int ids) {
        next = new int[Math.max(1, ids)];
        int instants = Math.max(16, Integer.highestOneBit(Math.min(Math.max(1, ids), 1024) * 2 - 1));
        when = new double[instants];
        head = new int[instants];
        tail = new int[instants];
        heap = new int[instants];
        // The hash keeps at most half its slots used (insertSlot): twice the instants.
        slotKey = new long[instants * 2];
        slotBucket = new int[instants * 2];
        shift = 64 - Integer.numberOfTrailingZeros(instants * 2);
    }

    boolean isEmpty() { return size == 0; }

    /** Schedules timer {@code id} at {@code at}, after those already due then. */
    void add(int id, double at) {
        long key = Double.doubleToLongBits(at);
        int b = find(key);
        if (b == NONE) b = open(at, key);
        next[id] = NONE;
        if (head[b] == NONE) head[b] = id;
        else next[tail[b]] = id;
        tail[b] = id;
        size++;
    }

    /** The next timer to fire; only when not empty. */
    int peek() { return head[heap[0]]; }

    /** When the next timer is due; only when not empty. */
    double peekWhen() { return when[heap[0]]; }

    int poll() {
        int b = heap[0];
        int id = head[b];
        head[b] = next[id];
        if (head[b] == NONE) close(b);
        size--;
        return id;
    }

    private int open(double at, long key) {
        int b;
        if (free != NONE) {
            b = free;
            free = head[b];
        } else {
            if (buckets == when.length) {
                when = Arrays.copyOf(when, buckets * 2);
                head = Arrays.copyOf(head, buckets * 2);
                tail = Arrays.copyOf(tail, buckets * 2);
            }
            b = buckets++;
        }
        when[b] = at;
        head[b] = NONE;
        insertSlot(key, b);
        pushHeap(b);
        return b;
    }

    private void close(int b) {
        popHeap();
        removeSlot(Double.doubleToLongBits(when[b]));
        head[b] = free;
        free = b;
    }

    private void pushHeap(int b) {
        if (heapSize == heap.length) heap = Arrays.copyOf(heap, heapSize * 2);
        double w = when[b];
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (Double.compare(when[heap[parent]], w) <= 0) break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = b;
    }

    private void popHeap() {
        int last = --heapSize;
        int b = heap[last];
        if (last == 0) return;
        double w = when[b];
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && Double.compare(when[heap[right]], when[heap[child]]) < 0) child = right;
            if (Double.compare(w, when[heap[child]]) <= 0) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = b;
    }

    private int slotOf(long key) { return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift); }

    private int find(long key) {
        int mask = slotKey.length - 1;
        for (int i = slotOf(key); ; i = (i + 1) & mask) {
            int b = slotBucket[i];
            if (b == 0) return NONE;
            if (slotKey[i] == key) return b - 1;
        }
    }

    private void insertSlot(long key, int b) {
        if (2 * (used + 1) > slotKey.length) rehash(slotKey.length * 2);
        int mask = slotKey.length - 1;
        int i = slotOf(key);
        while (slotBucket[i] != 0) i = (i + 1) & mask;
        slotKey[i] = key;
        slotBucket[i] = b + 1;
        used++;
    }

    /** Linear probing's deletion: later entries of the same run move back so no lookup stops early. */
    private void removeSlot(long key) {
        int mask = slotKey.length - 1;
        int i = slotOf(key);
        while (slotKey[i] != key || slotBucket[i] == 0) i = (i + 1) & mask;
        int hole = i;
        for (int j = (hole + 1) & mask; slotBucket[j] != 0; j = (j + 1) & mask) {
            int home = slotOf(slotKey[j]);
            boolean stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
            if (!stays) {
                slotKey[hole] = slotKey[j];
                slotBucket[hole] = slotBucket[j];
                hole = j;
            }
        }
        slotBucket[hole] = 0;
        used--;
    }

    private void rehash(int capacity) {
        long[] oldKey = slotKey;
        int[] oldBucket = slotBucket;
        slotKey = new long[capacity];
        slotBucket = new int[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        int mask = capacity - 1;
        for (int k = 0; k < oldKey.length; k++) {
            if (oldBucket[k] == 0) continue;
            int i = slotOf(oldKey[k]);
            while (slotBucket[i] != 0) i = (i + 1) & mask;
            slotKey[i] = oldKey[k];
            slotBucket[i] = oldBucket[k];
        }
    }
}
