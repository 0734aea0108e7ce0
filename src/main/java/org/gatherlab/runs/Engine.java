package org.gatherlab.runs;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.VirtualClock;
import org.gatherlab.runtime.RealClock;

import java.util.ArrayList;
import java.util.List;

/**
 * The gather engine's front door: run a scenario's runs on the virtual clock or in real time, each through its
 * family ({@link RunFamily}), and report. Every run takes one route to its report, {@link RunFamily#report}: the
 * command line and the app get the same report, a Java run's {@code java} objects included, on either clock.
 */
public final class Engine {
    private Engine() {}

    /** Runs every run of the scenario on the virtual clock: exact, instant. */
    public static ScenarioReport runVirtual(Scenario scenario) {
        List<RunReport> runs = new ArrayList<>();
        for (RunSpec run : scenario.runs()) runs.add(runVirtual(scenario, run, TraceListener.NONE));
        return new ScenarioReport(scenario.name(), ClockKind.VIRTUAL, runs);
    }

    /** One run on the virtual clock; {@code listener} sees each event as it is made. */
    public static RunReport runVirtual(Scenario scenario, RunSpec run, TraceListener listener) {
        RunFamily family = RunFamily.of(run);
        return family.report(family.simulate(scenario, run, new VirtualClock(), listener));
    }

    /** Runs every run of the scenario in real time, one after the other, after a warm-up ({@link #warmUp}). */
    public static ScenarioReport runReal(Scenario scenario) {
        warmUp(scenario);
        List<RunReport> runs = new ArrayList<>();
        for (RunSpec run : scenario.runs()) runs.add(runReal(scenario, run, TraceListener.NONE, new RealClock()));
        return new ScenarioReport(scenario.name(), ClockKind.REAL, runs);
    }

    /**
     * One run in real time on the calling thread (never the UI thread), streaming events to {@code listener} as they
     * happen; {@link RealClock#stop()} from another thread ends it early, and the report is then of a partial trace.
     */
    public static RunReport runReal(Scenario scenario, RunSpec run, TraceListener listener, RealClock clock) {
        RunFamily family = RunFamily.of(run);
        return family.report(family.runReal(scenario, run, clock, listener));
    }

    /**
     * Runs the scenario once on the virtual clock, instantly, so that loading and compiling the engine's classes
     * does not show up as a late start in the first real run.
     */
    public static void warmUp(Scenario scenario) {
        for (RunSpec run : scenario.runs()) runVirtual(scenario, run, TraceListener.NONE);
    }
}
