package org.gatherlab.runtime;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;

/**
 * A thread factory that remembers the threads it makes, so that a real run can wait until every one has ended before
 * it returns: an executor's {@code close()} or {@code awaitTermination} (and a scope's {@code close()}) return as the
 * last task ends, a moment before its thread has. So no thread of a run outlives it, Stopped or not.
 */
public final class JoinedThreads implements ThreadFactory {
    private final ThreadFactory base;
    private final ConcurrentLinkedQueue<Thread> made = new ConcurrentLinkedQueue<>();

    public JoinedThreads(ThreadFactory base) { this.base = base; }

    @Override public Thread newThread(Runnable r) {
        Thread t = base.newThread(r);
        if (t != null) made.add(t);
        return t;
    }

    /**
     * Waits for every thread made so far to end (at most 5 s each: they are ending when this is called). Not cut short
     * by an interrupt, which is kept for the caller.
     */
    public void joinAll() {
        boolean interrupted = false;
        for (Thread t; (t = made.poll()) != null; ) {
            while (true) {
                try {
                    t.join(Duration.ofSeconds(5));
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
