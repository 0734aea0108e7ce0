package org.gatherlab.engine.program;

import org.gatherlab.engine.TraceLog;
import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.asyncio.Coro;
import org.gatherlab.engine.asyncio.EventLoop;
import org.gatherlab.engine.asyncio.Executor;
import org.gatherlab.engine.asyncio.PyExc;
import org.gatherlab.engine.asyncio.Sleep;

/**
 * The reference program's {@code body(t)}, inside {@code async with sem:} when the run has a limit:
 * I/O sleeps, CPU computes on the loop or awaits a pool job, then it returns its name or raises
 * {@code TaskFailed}. It traces its own lane: each step, what it waits on, and how it ended.
 */
final class Body extends Coro {
    private static final int START = 0, ENTERED = 1, WORKED = 2;

    private final RunContext ctx;
    private final int index;
    private final TaskSpec spec;
    // Read when the task ends, in the order the tasks finish: kept here rather than looked up in the
    // spec and the failure draw, elsewhere in memory.
    private final boolean fails;
    private final String name;
    private final EventLoop loop;
    private int pc = START;
    private long lastStep = -1;
    private boolean holdsPermit;
    /** An I/O task's {@code asyncio.sleep} (null for no time: a bare yield), made with the body, beside its task. */
    private final Sleep sleep;

    Body(RunContext ctx, int index) {
        this.ctx = ctx;
        this.index = index;
        this.spec = ctx.specs.get(index);
        this.fails = ctx.fails[index];
        this.name = spec.name();
        this.loop = ctx.loop;
        this.sleep = spec.kind() == TaskKind.IO && spec.workMs(fails) > 0 ? new Sleep(loop, index) : null;
    }

    @Override protected Object resume(Object value, PyExc thrown) {
        if (lastStep != loop.stepCount()) {
            lastStep = loop.stepCount();
            loop.trace(TraceLog.Kind.STEP, index, loop.time(), 0);
        }
        switch (pc) {
            case START -> {
                if (thrown != null) return end(thrown);
                pc = ENTERED;
                if (ctx.semaphore != null) return ctx.semaphore.acquire(index);
                return work();
            }
            case ENTERED -> {
                if (thrown != null) return end(thrown);
                holdsPermit = true;
                loop.trace(TraceLog.Kind.PERMIT_GRANTED, index, loop.time(), 0);
                return work();
            }
            default -> {
                if (sleep != null) sleep.end();
                return leave(thrown);
            }
        }
    }

    private Object work() {
        double d = spec.workMs(fails);
        if (spec.kind() == TaskKind.IO) {
            pc = WORKED;
            return sleep == null ? Sleep.yieldNow(loop, index) : sleep.start(d);
        }
        if (ctx.run.cpu() == CpuMode.PROCESSES) {
            pc = WORKED;
            return Executor.runInExecutor(loop, ctx.pool, index, d);
        }
        loop.trace(TraceLog.Kind.COMPUTE_BEGAN, index, loop.time(), d);
        loop.clock().compute(d);
        loop.trace(TraceLog.Kind.COMPUTE_ENDED, index, loop.time(), 0);
        return leave(null);
    }

    /** Leaving {@code async with sem:} releases the permit whatever ends the body. */
    private Object leave(PyExc thrown) {
        if (holdsPermit) {
            holdsPermit = false;
            ctx.semaphore.release();
            loop.trace(TraceLog.Kind.PERMIT_RELEASED, index, loop.time(), 0);
        }
        return end(thrown);
    }

    private Object end(PyExc thrown) {
        double now = loop.time();
        if (thrown instanceof PyExc.Cancelled c) {
            CancelCause first = loop.currentTask().firstCancelCause();
            loop.trace(TraceLog.Kind.CANCELLED, index, now, TraceLog.ordinal(first != null ? first : c.cause()));
            return thrown;
        }
        if (thrown != null) return thrown;
        if (fails) {
            loop.trace(TraceLog.Kind.FAILED, index, now, 0);
            return new PyExc.TaskFailed(index);
        }
        loop.trace(TraceLog.Kind.SUCCEEDED, index, now, 0);
        return new Ret(name);
    }
}
