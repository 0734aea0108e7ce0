package org.gatherlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceEvent.Created;
import org.gatherlab.engine.TraceEvent.Failed;
import org.gatherlab.engine.TraceEvent.Sleeping;
import org.gatherlab.engine.TraceEvent.Step;
import org.gatherlab.engine.TraceEvent.Succeeded;

/** Reports built by hand, as the engine would make them, so report tests do not depend on the engine. */
public final class TypicalReports {
    private TypicalReports() {}

    public static final List<TaskSpec> THREE_DOWNLOADS = List.of(
            TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));

    public static Map<String, Object> gatherOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("returnExceptions", false);
        options.put("cpu", CpuMode.LOOP);
        options.put("onExit", OnExit.DRAIN);
        return options;
    }

    /**
     * The contract's report example ({@code src/site/markdown/scenario-contract.md#report-example}), word for word: its
     * {@code events} list is empty.
     */
    public static ScenarioReport contractExample() {
        return new ScenarioReport("Three downloads", ClockKind.VIRTUAL, List.of(gatherRun(List.of())));
    }

    /** The same run with the trace the engine would record for it. */
    public static ScenarioReport threeDownloads() {
        return new ScenarioReport("Three downloads", ClockKind.VIRTUAL, List.of(gatherRun(gatherEvents())));
    }

    /** A sequential run (stops at B's failure, C never starts) and the gather run, as one scenario. */
    public static ScenarioReport sequentialAndGather() {
        List<TraceEvent> seq = List.of(new Created(0, 0), new Step(0, 0), new Sleeping(0, 0, 300), new Step(300, 0),
                new Succeeded(300, 0), new Created(300, 1), new Step(300, 1), new Sleeping(300, 1, 400), new Step(400, 1),
                new Failed(400, 1), new TraceEvent.CallerRaised(400, "TaskFailed"));
        Outcome raised = new Outcome.Raised("TaskFailed", List.of("B"));
        RunReport sequential = new RunReport("sequential", RunSpec.of(Strategy.SEQUENTIAL), new LinkedHashMap<>(Map.of("onExit", OnExit.DRAIN)),
                400, 400, raised, List.of("A", "B"), List.of(
                        new TaskReport("A", TaskState.SUCCEEDED, 0.0, 300.0, false, null, null, null, null),
                        new TaskReport("B", TaskState.FAILED, 300.0, 400.0, false, null, null, null, null),
                        new TaskReport("C", TaskState.NOT_STARTED, null, null, false, null, null, null, null)),
                new Trace(THREE_DOWNLOADS, RunSpec.of(Strategy.SEQUENTIAL), ClockKind.VIRTUAL, seq, raised));
        return new ScenarioReport("Three downloads", ClockKind.VIRTUAL, List.of(sequential, gatherRun(gatherEvents())));
    }

    static List<TraceEvent> gatherEvents() {
        List<TraceEvent> events = new ArrayList<>(List.of(new Created(0, 0), new Created(0, 1), new Created(0, 2)));
        for (int i = 0; i < 3; i++) {
            events.add(new Step(0, i));
            events.add(new Sleeping(0, i, THREE_DOWNLOADS.get(i).durationMs()));
        }
        events.addAll(List.of(new Step(100, 1), new Failed(100, 1), new TraceEvent.CallerRaised(100, "TaskFailed"),
                new Step(200, 2), new Succeeded(200, 2), new Step(300, 0), new Succeeded(300, 0)));
        return events;
    }

    static RunReport gatherRun(List<TraceEvent> events) {
        RunSpec gather = RunSpec.of(Strategy.GATHER);
        Outcome raised = new Outcome.Raised("TaskFailed", List.of("B"));
        return new RunReport("gather()", gather, gatherOptions(), 100, 300, raised, List.of("B", "C", "A"), List.of(
                new TaskReport("A", TaskState.SUCCEEDED, 0.0, 300.0, true, null, null, null, null),
                new TaskReport("B", TaskState.FAILED, 0.0, 100.0, false, null, null, null, null),
                new TaskReport("C", TaskState.SUCCEEDED, 0.0, 200.0, true, null, null, null, null)),
                new Trace(THREE_DOWNLOADS, gather, ClockKind.VIRTUAL, events, raised));
    }

    /**
     * {@code wait} with one pool worker: A's job runs 0-80 while B's waits in the queue; B is cancelled at
     * 50 and its job withdrawn. C computes on the loop 0-30, so D's timer, due at 10, fires late at 30.
     */
    public static ScenarioReport poolAndLateTimer() {
        List<TaskSpec> tasks = List.of(TaskSpec.cpu("A", 80), TaskSpec.cpu("B", 80).cancelledAt(50),
                TaskSpec.cpu("C", 30), TaskSpec.io("D", 10));
        RunSpec run = RunSpec.of(Strategy.WAIT).withProcesses(1);
        List<TraceEvent> events = List.of(
                new Created(0, 0), new Created(0, 1), new Created(0, 2), new Created(0, 3),
                new Step(0, 0), new TraceEvent.JobQueued(0, 0), new TraceEvent.JobStarted(0, 0, 0),
                new Step(0, 1), new TraceEvent.JobQueued(0, 1),
                new Step(0, 3), new Sleeping(0, 3, 10),
                new Step(0, 2), new TraceEvent.ComputeBegan(0, 2, 30), new TraceEvent.ComputeEnded(30, 2), new Succeeded(30, 2),
                new TraceEvent.TimerLate(30, 3, 10), new Step(30, 3), new Succeeded(30, 3),
                new TraceEvent.CancelRequested(50, 1, CancelCause.SELF), new TraceEvent.JobWithdrawn(50, 1),
                new Step(50, 1), new TraceEvent.Cancelled(50, 1, CancelCause.SELF),
                new TraceEvent.JobEnded(80, 0, 0), new Step(80, 0), new Succeeded(80, 0),
                new TraceEvent.CallerReturned(80));
        Outcome outcome = new Outcome.ReturnedWait(List.of("A", "B", "C", "D"), List.of());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("returnWhen", run.returnWhen());
        options.put("cpu", CpuMode.PROCESSES);
        options.put("workers", 1);
        options.put("onExit", OnExit.DRAIN);
        RunReport report = new RunReport("wait() · 1 processes", run, options, 80, 80, outcome, List.of("C", "D", "B", "A"), List.of(
                new TaskReport("A", TaskState.SUCCEEDED, 0.0, 80.0, false, null, null, 0.0, 80.0),
                new TaskReport("B", TaskState.CANCELLED, 0.0, 50.0, false, CancelCause.SELF, null, null, null),
                new TaskReport("C", TaskState.SUCCEEDED, 0.0, 30.0, false, null, null, null, null),
                new TaskReport("D", TaskState.SUCCEEDED, 0.0, 30.0, false, null, null, null, null)),
                new Trace(tasks, run, ClockKind.VIRTUAL, events, outcome));
        return new ScenarioReport("Pool & late timer", ClockKind.VIRTUAL, List.of(report));
    }

    /** {@code n} io tasks with 40-character names, each sleeping {@code 10 * (i + 1)} ms, all gathered. */
    public static ScenarioReport manyLongNames(int n) {
        List<TaskSpec> tasks = new ArrayList<>();
        List<TraceEvent> events = new ArrayList<>();
        List<TaskReport> reports = new ArrayList<>();
        List<Outcome.Result> results = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = String.format("download-number-%04d-with-a-long-name-xyz", i);
            tasks.add(TaskSpec.io(name, 10.0 * (i + 1)));
            events.add(new Created(0, i));
        }
        for (int i = 0; i < n; i++) {
            events.add(new Step(0, i));
            events.add(new Sleeping(0, i, 10.0 * (i + 1)));
        }
        for (int i = 0; i < n; i++) {
            events.add(new Step(10.0 * (i + 1), i));
            events.add(new Succeeded(10.0 * (i + 1), i));
            reports.add(new TaskReport(tasks.get(i).name(), TaskState.SUCCEEDED, 0.0, 10.0 * (i + 1), false, null, null, null, null));
            results.add(Outcome.Result.value(tasks.get(i).name()));
            order.add(tasks.get(i).name());
        }
        Outcome outcome = new Outcome.Returned(results);
        events.add(new TraceEvent.CallerReturned(10.0 * n));
        RunSpec run = RunSpec.of(Strategy.GATHER).withTimeoutMs(100000.0).withLimit(50).withCancelAtMs(99999.5).withOnExit(OnExit.CANCEL);
        Map<String, Object> options = new LinkedHashMap<>(gatherOptions());
        options.put("timeoutMs", 100000.0);
        options.put("cancelAtMs", 99999.5);
        options.put("limit", 50);
        RunReport report = new RunReport("gather() · timeout 100000 ms · Semaphore(50)", run, options, 10.0 * n, 10.0 * n,
                outcome, order, reports, new Trace(tasks, run, ClockKind.VIRTUAL, events, outcome));
        return new ScenarioReport("Many downloads, each with a name that goes on and on", ClockKind.VIRTUAL, List.of(report));
    }
}
