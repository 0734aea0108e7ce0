package org.gatherlab.engine;

import java.util.Arrays;

/**
 * The engine's one timer heap: what a run has scheduled, in the order it must fire. The asyncio loop keeps its
 * {@code Timer}s and {@code Sleep} futures here, the Java model ({@code engine.jvm.JvmMachine}) its threads' sleeps and
 * CPU loops and its caller's deadlines. Timers fire by due time, then in the order they were scheduled. That is the order of a heap of timers compared on
 * {@code (when, seq)}, but here timers due at the same instant share one bucket, a FIFO: appending keeps
 * a bucket in scheduling order. Only the distinct due times sit in the heap, as primitives, and finding
 * an instant's bucket is a hash lookup. A scenario's timers cluster on few instants (durations in whole
 * milliseconds), so adding and taking a timer cost a constant instead of a walk down a heap of a
 * million objects.
 */
public final class TimerQueue {
    /** One instant's timers, oldest first: usually just one, kept in a field; more go in an array. */
    private static final class Bucket {
        long key;
        Object first;
        Object[] more;
        int head;
        int tail;
        Bucket nextFree;

        void add(Object timer) {
            if (first == null && tail == 0) {
                first = timer;
                return;
            }
            if (more == null) more = new Object[4];
            else if (tail == more.length) more = Arrays.copyOf(more, tail * 2);
            more[tail++] = timer;
        }

        public Object peek() { return first != null ? first : more[head]; }

        public Object poll() {
            Object t = first;
            if (t != null) first = null;
            else {
                t = more[head];
                more[head++] = null;
            }
            return t;
        }

        public boolean isEmpty() { return first == null && head == tail; }
    }

    private double[] heapWhen = new double[16];
    private Bucket[] heapBucket = new Bucket[16];
    private int heapSize;
    // Open addressing, linear probing: the bucket of each pending instant, by Double.doubleToLongBits.
    private long[] slotKey = new long[256];
    private Bucket[] slotBucket = new Bucket[256];
    private int shift = 64 - 8;
    private int used;
    private Bucket free;
    private int size;

    public boolean isEmpty() { return size == 0; }

    public int size() { return size; }

    /** Schedules {@code timer} (whatever its owner fires: an asyncio timer or sleep, a Java thread) at {@code when}, after those already due then. */
    public void add(Object timer, double when) {
        long key = Double.doubleToLongBits(when);
        Bucket b = find(key);
        if (b == null) b = open(when, key);
        b.add(timer);
        size++;
    }

    /** The next timer to fire; only when not empty. */
    public Object peek() { return heapBucket[0].peek(); }

    /** When the next timer is due; only when not empty. */
    public double peekWhen() { return heapWhen[0]; }

    public Object poll() {
        Bucket b = heapBucket[0];
        Object t = b.poll();
        if (b.isEmpty()) close(b);
        size--;
        return t;
    }

    private Bucket open(double when, long key) {
        Bucket b = free;
        if (b != null) free = b.nextFree;
        else b = new Bucket();
        b.nextFree = null;
        b.key = key;
        b.head = b.tail = 0;
        b.first = null;
        insertSlot(key, b);
        pushHeap(when, b);
        return b;
    }

    /** The bucket at the top of the heap is empty: drop it from the heap and the map, keep it for reuse. */
    private void close(Bucket b) {
        popHeap();
        removeSlot(b.key);
        b.nextFree = free;
        free = b;
    }

    // ---- heap of distinct instants (Double.compare order, as the timers' own comparison) ----

    private void pushHeap(double when, Bucket b) {
        if (heapSize == heapWhen.length) {
            heapWhen = Arrays.copyOf(heapWhen, heapSize * 2);
            heapBucket = Arrays.copyOf(heapBucket, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (Double.compare(heapWhen[parent], when) <= 0) break;
            heapWhen[i] = heapWhen[parent];
            heapBucket[i] = heapBucket[parent];
            i = parent;
        }
        heapWhen[i] = when;
        heapBucket[i] = b;
    }

    private void popHeap() {
        int last = --heapSize;
        double when = heapWhen[last];
        Bucket b = heapBucket[last];
        heapBucket[last] = null;
        if (last == 0) return;
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < last && Double.compare(heapWhen[right], heapWhen[child]) < 0) child = right;
            if (Double.compare(when, heapWhen[child]) <= 0) break;
            heapWhen[i] = heapWhen[child];
            heapBucket[i] = heapBucket[child];
            i = child;
        }
        heapWhen[i] = when;
        heapBucket[i] = b;
    }

    // ---- map from instant to bucket ----

    /** Fibonacci hashing: the product's top bits depend on every bit of the key (a whole number's low bits are all 0). */
    private int slotOf(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private Bucket find(long key) {
        int mask = slotKey.length - 1;
        for (int i = slotOf(key); ; i = (i + 1) & mask) {
            Bucket b = slotBucket[i];
            if (b == null) return null;
            if (slotKey[i] == key) return b;
        }
    }

    private void insertSlot(long key, Bucket b) {
        if (2 * (used + 1) > slotKey.length) rehash(slotKey.length * 2);
        int mask = slotKey.length - 1;
        int i = slotOf(key);
        while (slotBucket[i] != null) i = (i + 1) & mask;
        slotKey[i] = key;
        slotBucket[i] = b;
        used++;
    }

    /** Linear probing's deletion: shift later entries of the same run back so no lookup stops early. */
    private void removeSlot(long key) {
        int mask = slotKey.length - 1;
        int i = slotOf(key);
        while (slotKey[i] != key || slotBucket[i] == null) i = (i + 1) & mask;
        int hole = i;
        for (int j = (hole + 1) & mask; slotBucket[j] != null; j = (j + 1) & mask) {
            int home = slotOf(slotKey[j]);
            // Move j into the hole unless its home lies cyclically in (hole, j].
            boolean stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
            if (!stays) {
                slotKey[hole] = slotKey[j];
                slotBucket[hole] = slotBucket[j];
                hole = j;
            }
        }
        slotBucket[hole] = null;
        used--;
    }

    private void rehash(int capacity) {
        long[] oldKey = slotKey;
        Bucket[] oldBucket = slotBucket;
        slotKey = new long[capacity];
        slotBucket = new Bucket[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        int mask = capacity - 1;
        for (int k = 0; k < oldKey.length; k++) {
            if (oldBucket[k] == null) continue;
            int i = slotOf(oldKey[k]);
            while (slotBucket[i] != null) i = (i + 1) & mask;
            slotKey[i] = oldKey[k];
            slotBucket[i] = oldBucket[k];
        }
    }
}
