package org.gatherlab.runs;

import org.gatherlab.engine.Clock;
import org.gatherlab.engine.Family;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunOption;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runtime.RealClock;

import java.util.Map;

/**
 * The seam between the two families of runs: Python's asyncio ({@link PythonAsyncio}) and Java's counterparts
 * ({@link JavaConcurrency}). Everything that differs between them goes through here: how a run is simulated on a
 * clock and run for real, how its report is made, which options it takes and how it is named, and the program that
 * reproduces it ({@code gatherlab code}). Callers ask {@code RunFamily.of(run)}, never which family a run is.
 */
public sealed interface RunFamily permits PythonAsyncio, JavaConcurrency {

    /** The family that runs {@code run}'s strategy. */
    static RunFamily of(RunSpec run) { return of(run.strategy().family()); }

    static RunFamily of(Family family) {
        return switch (family) {
            case PYTHON_ASYNCIO -> PythonAsyncio.FAMILY;
            case JAVA -> JavaConcurrency.FAMILY;
        };
    }

    /** The engine's name for this family (what a strategy says it belongs to). */
    Family family();

    /**
     * Runs {@code run} of {@code scenario} on {@code clock}, on the calling thread: a virtual clock makes it exact
     * and instant, a real one plays the same model in real time. {@code listener} sees each event as it is made.
     *
     * @throws IllegalArgumentException if the scenario's tasks cannot run this way (a rule the scenario reader checks)
     */
    Trace simulate(Scenario scenario, RunSpec run, Clock clock, TraceListener listener);

    /**
     * Runs {@code run} for real on the calling thread (never the UI thread): real timers, real computation, a real
     * pool (Python) or the real JDK APIs on real threads (Java). {@link RealClock#stop()} from another thread ends a
     * Python run early with a partial trace.
     */
    Trace runReal(Scenario scenario, RunSpec run, RealClock clock, TraceListener listener);

    /** The run's report: a pure function of its trace, for either clock (a Java run's {@code java} objects included). */
    default RunReport report(Trace trace) { return Reports.of(trace); }

    /** A short name for the run in the family's idiom, e.g. {@code gather()}, {@code invokeAll(tasks) · ...}. */
    default String label(RunSpec run) { return family().label(run); }

    /** The run's options as its report lists them: only those that apply. */
    default Map<String, Object> options(RunSpec run) { return family().options(run); }

    /** Whether a run of this strategy has {@code option} at all. */
    default boolean takes(RunSpec run, RunOption option) { return run.strategy().takes(option); }

    /** The language of {@link #program}: {@code python} or {@code java}. */
    default String language() { return family().language(); }

    /**
     * The runnable program that reproduces run {@code runIndex} of the scenario in the family's own language: Python
     * 3.11 asyncio, or a single-file JDK 25 program.
     *
     * @throws IllegalArgumentException if the run cannot be written as a program (the message names the rule)
     */
    String program(Scenario scenario, int runIndex);

    /** The name to save {@link #program} under: {@code <scenario>-<strategy>.py}, or {@code Run.java}. */
    String fileName(Scenario scenario, int runIndex);
}
