package org.gatherlab.runs;

import org.gatherlab.codegen.PythonProgram;
import org.gatherlab.engine.Clock;
import org.gatherlab.engine.Family;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.flat.FlatRun;
import org.gatherlab.engine.program.ReferenceProgram;
import org.gatherlab.runtime.RealClock;
import org.gatherlab.runtime.ThreadPool;

/**
 * Python's asyncio: the contract's reference program ({@code engine.program}) on the port of CPython's loop
 * ({@code engine.asyncio}); for real, the same program on a {@link RealClock} with a real thread pool; its program
 * is real asyncio ({@link PythonProgram}).
 */
final class PythonAsyncio implements RunFamily {
    static final PythonAsyncio FAMILY = new PythonAsyncio();

    private PythonAsyncio() {}

    @Override public Family family() { return Family.PYTHON_ASYNCIO; }

    /** The flat path ({@link FlatRun}) when it takes the run, proven equal to the port; the port otherwise. */
    @Override public Trace simulate(Scenario scenario, RunSpec run, Clock clock, TraceListener listener) {
        if (FlatRun.covers(scenario.tasks(), run, clock, listener)) return FlatRun.run(scenario.tasks(), scenario.seed(), run);
        return ReferenceProgram.run(scenario.tasks(), scenario.seed(), run, clock, ReferenceProgram.PoolFactory.VIRTUAL, listener);
    }

    @Override public Trace runReal(Scenario scenario, RunSpec run, RealClock clock, TraceListener listener) {
        return ReferenceProgram.run(scenario.tasks(), scenario.seed(), run, clock,
                (loop, workers) -> new ThreadPool(loop, clock, workers), listener);
    }

    @Override public String program(Scenario scenario, int runIndex) { return PythonProgram.generate(scenario, runIndex); }

    @Override public String fileName(Scenario scenario, int runIndex) { return PythonProgram.fileName(scenario, runIndex); }
}
