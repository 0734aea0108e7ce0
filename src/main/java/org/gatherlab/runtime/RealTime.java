package org.gatherlab.runtime;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Engine;
import org.gatherlab.engine.Reports;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.jvm.RealJavaRunner;

import java.util.ArrayList;
import java.util.List;

/** The engine's program in real time: timers really wait, CPU really computes, pool jobs really run in parallel. */
public final class RealTime {
    private RealTime() {}

    public static ScenarioReport runAll(Scenario scenario) {
        warmUp(scenario);
        List<RunReport> runs = new ArrayList<>();
        for (RunSpec run : scenario.runs()) runs.add(run.strategy().isJava()
                ? Engine.report(runJava(scenario, run, TraceListener.NONE, new RealClock()), run)
                : Reports.of(run(scenario, run, TraceListener.NONE, new RealClock())));
        return new ScenarioReport(scenario.name(), ClockKind.REAL, runs);
    }

    /**
     * Runs the scenario once on the virtual clock, instantly, so that loading and compiling the
     * engine's classes does not show up as a late start in the first real run.
     */
    public static void warmUp(Scenario scenario) {
        for (RunSpec run : scenario.runs()) Engine.runVirtual(scenario, run, TraceListener.NONE);
    }

    /**
     * One run on the calling thread (never the UI thread), streaming events to {@code listener} as they
     * happen; {@link RealClock#stop()} from another thread ends it early with a partial trace.
     */
    public static Trace run(Scenario scenario, RunSpec run, TraceListener listener, RealClock clock) {
        if (run.strategy().isJava()) return runJava(scenario, run, listener, clock).toTrace(run);
        return Engine.trace(scenario, run, clock, (loop, workers) -> new ThreadPool(loop, clock, workers), listener);
    }

    /** A Java run with the real JDK APIs on real threads in this JVM ({@link RealJavaRunner}). */
    public static JavaRun runJava(Scenario scenario, RunSpec run, TraceListener listener, RealClock clock) {
        return RealJavaRunner.run(scenario.tasks(), scenario.seed(), run.java(), clock, listener::onEvent);
    }
}
