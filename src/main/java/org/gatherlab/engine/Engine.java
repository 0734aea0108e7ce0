package org.gatherlab.engine;

import org.gatherlab.engine.jvm.JavaReportFields;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaSimulation;
import org.gatherlab.engine.jvm.JavaTaskResult;
import org.gatherlab.engine.program.ReferenceProgram;

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

    /** One run on the virtual clock; {@code listener} sees each event as it is made. */
    public static RunReport runVirtual(Scenario scenario, RunSpec run, TraceListener listener) {
        if (run.strategy().isJava())
            return report(JavaSimulation.run(scenario.tasks(), scenario.seed(), run.java(), new VirtualClock(), listener::onEvent), run);
        return Reports.of(trace(scenario, run, new VirtualClock(), ReferenceProgram.PoolFactory.VIRTUAL, listener));
    }

    /** One run on any clock and pool: the real-time runner supplies its own. */
    public static Trace trace(Scenario scenario, RunSpec run, Clock clock, ReferenceProgram.PoolFactory pools,
                              TraceListener listener) {
        if (run.strategy().isJava())
            return JavaSimulation.run(scenario.tasks(), scenario.seed(), run.java(), clock, listener::onEvent).toTrace(run);
        return ReferenceProgram.run(scenario.tasks(), scenario.seed(), run, clock, pools, listener);
    }

    /** A Java run as the shared report, with the run's and each task's {@code java} object. */
    public static RunReport report(JavaRun java, RunSpec run) {
        RunReport shared = Reports.of(java.toTrace(run));
        List<TaskReport> tasks = new ArrayList<>(shared.tasks().size());
        for (TaskReport t : shared.tasks()) {
            JavaTaskResult jt = java.task(t.name());
            tasks.add(t.withJava(JavaReportFields.task(jt)));
        }
        return new RunReport(shared.label(), run, shared.options(), shared.returnedAtMs(), shared.settledAtMs(),
                shared.outcome(), shared.completionOrder(), tasks, shared.trace(), JavaReportFields.run(java));
    }
}
