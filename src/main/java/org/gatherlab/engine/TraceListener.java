package org.gatherlab.engine;

/** Sees each event as it happens: a live view listens; the engine calls it on the loop thread. */
@FunctionalInterface
public interface TraceListener {
    TraceListener NONE = e -> { };

    void onEvent(TraceEvent event);
}
