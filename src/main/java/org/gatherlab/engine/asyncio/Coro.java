package org.gatherlab.engine.asyncio;

/**
 * A coroutine written as a state machine. {@link #resume} is {@code send(value)} or {@code throw(exc)};
 * it answers with what the coroutine does next:
 * <ul>
 *   <li>a {@link Future}: {@code await fut} (the task suspends until it is done);</li>
 *   <li>another {@code Coro}: {@code await sub()} (a plain call, it costs no tick);</li>
 *   <li>{@link #YIELD}: a bare {@code yield}, as {@code asyncio.sleep(0)} does;</li>
 *   <li>a {@link Ret}: {@code return value};</li>
 *   <li>a {@link PyExc}: {@code raise exc}.</li>
 * </ul>
 */
public abstract class Coro {
    public static final Object YIELD = new Object() {
        @Override public String toString() { return "YIELD"; }
    };

    /** The coroutine that awaits this one, while it runs inside a task (CPython's {@code cr_await} chain, read upwards). */
    Coro caller;

    /** Exactly one of {@code value}/{@code thrown} is meaningful; {@code thrown} is null on a send. */
    protected abstract Object resume(Object value, PyExc thrown);

    /** {@code return value}. */
    public record Ret(Object value) {
        public static final Ret NONE = new Ret(null);
    }
}
