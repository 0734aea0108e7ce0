package org.gatherlab.engine.asyncio;

/** {@code fut.add_done_callback(cb)}: called, one tick after the future is done, with the future. */
@FunctionalInterface
public interface DoneCallback {
    void done(Future future);
}
