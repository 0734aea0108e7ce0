package org.gatherlab.engine;

import java.util.List;

/**
 * The immutable, time-ordered record of one run: every event, the task names they refer to, the run's
 * options, the caller's outcome and what its family adds to the report. A report is a pure function of a trace
 * ({@link Reports#of}).
 */
public final class Trace {
    private final List<TaskSpec> tasks;
    private final RunSpec run;
    private final ClockKind clock;
    private final TraceLog log;
    private final Outcome outcome;
    private final ReportExtras extras;

    public Trace(List<TaskSpec> tasks, RunSpec run, ClockKind clock, List<TraceEvent> events, Outcome outcome) {
        this(tasks, run, clock, events, outcome, null);
    }

    /** {@code extras}: what the run's family adds to the report (a Java run's {@code java} objects), or null. */
    public Trace(List<TaskSpec> tasks, RunSpec run, ClockKind clock, List<TraceEvent> events, Outcome outcome,
                 ReportExtras extras) {
        this(tasks, run, clock, TraceLog.of(events), outcome, extras);
    }

    /** A trace over a run's log of events, which it seals (no more events). */
    public Trace(List<TaskSpec> tasks, RunSpec run, ClockKind clock, TraceLog log, Outcome outcome, ReportExtras extras) {
        this.tasks = List.copyOf(tasks);
        this.run = run;
        this.clock = clock;
        this.log = log.seal();
        this.outcome = outcome;
        this.extras = extras;
    }

    public List<TaskSpec> tasks() { return tasks; }

    public RunSpec run() { return run; }

    public ClockKind clock() { return clock; }

    /** Events in the order they happened (times never run backwards); each is made as it is read. */
    public List<TraceEvent> events() { return log.events(); }

    /** The same events as columns: what fast readers (report, lanes, timeline) walk. */
    public TraceLog log() { return log; }

    /** What the caller's await returned or raised; null only if the run was stopped before that. */
    public Outcome outcome() { return outcome; }

    /** What the run's family adds to its report beyond the events, or null (a Python run). */
    public ReportExtras extras() { return extras; }

    public String taskName(int task) { return task == TraceEvent.CALLER ? "caller" : tasks.get(task).name(); }
}
