package org.gatherlab.engine.jvm;

import org.gatherlab.engine.TraceEvent;

/**
 * What the real JDK runner ({@code jvm/RealJavaRunner}) records, as it recorded it before Java's kinds became shared
 * {@link TraceEvent} kinds: a thin view that only names the shared event ({@link #event()}). The model emits
 * {@link TraceEvent}s directly; this goes once the real runner does too.
 */
public sealed interface JavaEvent {
    /** The shared event this is. */
    TraceEvent event();

    default double atMs() { return event().atMs(); }

    default int task() { return event().task(); }

    default String kind() { return event().kind(); }

    record Shared(TraceEvent event) implements JavaEvent { }

    record Interrupted(double atMs, int task) implements JavaEvent {
        public TraceEvent event() { return new TraceEvent.Interrupted(atMs, task); }
    }

    record ResultDiscarded(double atMs, int task) implements JavaEvent {
        public TraceEvent event() { return new TraceEvent.ResultDiscarded(atMs, task); }
    }

    record NeverRan(double atMs, int task) implements JavaEvent {
        public TraceEvent event() { return new TraceEvent.NeverRan(atMs, task); }
    }

    record TimeoutFired(double atMs) implements JavaEvent {
        public TraceEvent event() { return new TraceEvent.TimeoutFired(atMs); }
    }

    record BlockExited(double atMs) implements JavaEvent {
        public TraceEvent event() { return new TraceEvent.BlockExited(atMs); }
    }
}
