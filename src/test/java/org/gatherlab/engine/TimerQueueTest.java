package org.gatherlab.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timer queue fires in the order of a heap on (due time, scheduling order), whatever the mix of ties. */
class TimerQueueTest {
    private record Entry(double when, long seq) {}

    @Test void firesByDueTimeThenInSchedulingOrder() {
        TimerQueue q = new TimerQueue();
        Entry a = new Entry(5, 0), b = new Entry(1, 1), c = new Entry(5, 2), d = new Entry(0, 3);
        for (Entry e : List.of(a, b, c, d)) q.add(e, e.when());
        assertEquals(0.0, q.peekWhen());
        List<Object> order = new ArrayList<>();
        while (!q.isEmpty()) order.add(q.poll());
        assertEquals(List.of(d, b, a, c), order);
    }

    @Test void negativeZeroIsItsOwnInstantBeforeZero() {
        // Double.compare's order, as the timers' own comparison had it.
        TimerQueue q = new TimerQueue();
        Entry zero = new Entry(0.0, 0), negZero = new Entry(-0.0, 1);
        q.add(zero, zero.when());
        q.add(negZero, negZero.when());
        assertSame(negZero, q.poll());
        assertSame(zero, q.poll());
    }

    @Test void agreesWithAHeapOnRandomInterleavingsOfAddAndPoll() {
        Comparator<Entry> bySchedule = Comparator.comparingDouble(Entry::when).thenComparingLong(Entry::seq);
        for (int seed = 0; seed < 200; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            // From heavy ties (a handful of instants) to all distinct, so buckets, the map's
            // growth and its deletions (backward shifts across wrap-around) all get exercised.
            int instants = 1 + rnd.nextInt(seed % 4 == 0 ? 4 : seed % 4 == 1 ? 60 : 100_000);
            TimerQueue q = new TimerQueue();
            PriorityQueue<Entry> reference = new PriorityQueue<>(bySchedule);
            long seq = 0;
            double now = 0;
            for (int step = 0; step < 3_000; step++) {
                if (reference.isEmpty() || rnd.nextInt(5) < 3) {
                    Entry e = new Entry(now + rnd.nextInt(instants) / 4.0, seq++);
                    q.add(e, e.when());
                    reference.add(e);
                } else {
                    assertEquals(reference.peek().when(), q.peekWhen(), "seed " + seed);
                    assertSame(reference.peek(), q.peek(), "seed " + seed);
                    Entry polled = reference.poll();
                    assertSame(polled, q.poll(), "seed " + seed + " step " + step);
                    now = polled.when();
                }
                assertEquals(reference.size(), q.size());
            }
            while (!reference.isEmpty()) assertSame(reference.poll(), q.poll(), "seed " + seed);
            assertTrue(q.isEmpty());
        }
    }
}
