package org.gatherlab.engine.program;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.asyncio.EventLoop;
import org.gatherlab.engine.asyncio.Pool;
import org.gatherlab.engine.asyncio.Semaphore;
import org.gatherlab.engine.asyncio.Task;

import java.util.List;

/** What one run of the reference program shares: its loop, tasks, failure draw, semaphore and pool. */
final class RunContext {
    final EventLoop loop;
    final List<TaskSpec> specs;
    final boolean[] fails;
    final RunSpec run;
    final Semaphore semaphore;
    final Pool pool;
    Task main;
    Outcome outcome;

    RunContext(EventLoop loop, List<TaskSpec> specs, boolean[] fails, RunSpec run, Pool pool) {
        this.loop = loop;
        this.specs = specs;
        this.fails = fails;
        this.run = run;
        this.semaphore = run.limit() == null ? null : new Semaphore(loop, run.limit());
        this.pool = pool;
    }

    String name(int task) { return specs.get(task).name(); }

    /** {@code body(t)} for the task at position {@code i}. */
    Body body(int i) { return new Body(this, i); }
}
