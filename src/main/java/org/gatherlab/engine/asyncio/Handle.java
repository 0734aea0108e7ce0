package org.gatherlab.engine.asyncio;

/** A callback in the ready queue ({@code asyncio.Handle}); cancelling it makes the loop skip it. */
public class Handle {
    private final Runnable callback;
    boolean cancelled;

    Handle(Runnable callback) { this.callback = callback; }

    /** Runs the callback; subclasses that carry their own arguments override it. */
    void run() { callback.run(); }

    public void cancel() { cancelled = true; }

    public boolean cancelled() { return cancelled; }
}
