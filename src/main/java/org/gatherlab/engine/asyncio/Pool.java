package org.gatherlab.engine.asyncio;

/**
 * Where {@code run_in_executor} sends CPU work: FIFO onto {@code workers} slots. The virtual pool
 * times jobs with loop timers; a real one runs them on threads.
 */
public interface Pool {
    /** Queues a job of {@code ms} for {@code task}; it starts as soon as a worker is free. */
    Job submit(int task, double ms);

    /** No job is running or queued. */
    boolean idle();

    /** Stops the pool's threads, if it has any. */
    default void shutdown() { }
}
