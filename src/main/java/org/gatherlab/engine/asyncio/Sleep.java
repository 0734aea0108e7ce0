package org.gatherlab.engine.asyncio;

import org.gatherlab.engine.TraceEvent;

/** {@code asyncio.sleep(d)}: I/O-bound work. It suspends even when {@code d <= 0} (a bare yield). */
public final class Sleep extends Coro {
    private final EventLoop loop;
    private final double delay;
    private final int owner;
    private int pc;
    private Timer handle;

    /** {@code owner}: the task whose I/O this is, for the trace. */
    public Sleep(EventLoop loop, double delay, int owner) {
        this.loop = loop;
        this.delay = delay;
        this.owner = owner;
    }

    @Override protected Object resume(Object value, PyExc thrown) {
        switch (pc) {
            case 0 -> {
                if (delay <= 0) {
                    pc = 2;
                    loop.emit(new TraceEvent.Sleeping(loop.time(), owner, loop.time()));
                    return YIELD;
                }
                Future future = loop.createFuture();
                handle = loop.callLater(delay, owner, () -> {
                    if (!future.cancelled()) future.setResult(null);
                });
                loop.emit(new TraceEvent.Sleeping(loop.time(), owner, handle.when()));
                pc = 1;
                return future;
            }
            case 1 -> {
                handle.cancel();
                return thrown != null ? thrown : Ret.NONE;
            }
            default -> {
                return thrown != null ? thrown : Ret.NONE;
            }
        }
    }
}
