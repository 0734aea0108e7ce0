package org.gatherlab.runtime;

/**
 * The machine's clocks, read here and nowhere else (ArchUnit's {@code ArchitectureTest} holds every other package to
 * it). The engine runs on an injected {@link org.gatherlab.engine.Clock}; what must measure real time (a real run, a
 * benchmark, a view's throttle, a class quiz's deadline) asks this, so a reading of the machine's time is easy to find.
 */
public final class SystemTime {
    private SystemTime() {}

    /** A monotonic reading in nanoseconds, meaningful only as a difference ({@link System#nanoTime()}). */
    public static long nanos() { return System.nanoTime(); }

    /** Milliseconds since the epoch, the time a process start is given in ({@link System#currentTimeMillis()}). */
    public static long epochMillis() { return System.currentTimeMillis(); }
}
