package org.gatherlab.engine;

import java.util.ArrayList;
import java.util.List;

/** The gather engine's front door: run every run of a scenario under a clock and report. */
public final class Engine {
    private Engine() {}

    /** Runs every run of the scenario on the virtual clock: exact, instant. */
    public static ScenarioReport runVirtual(Scenario scenario) {
        List<RunReport> runs = new ArrayList<>();
        for (RunSpec run : scenario.runs()) runs.add(runVirtual(scenario, run, TraceListener.NONE));
        return new ScenarioReport(scenario.name(), ClockKind.VIRTUAL, runs);
    }

    /** One run on the virtual clock. */
    public static RunReport runVirtual(Scenario scenario, RunSpec run, TraceListener listener) {
        throw new UnsupportedOperationException("engine under construction");
    }
}
