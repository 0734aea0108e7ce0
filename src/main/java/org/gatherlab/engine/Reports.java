package org.gatherlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives a run's report from its trace alone, so a trace always replays to the same report: the one route from a
 * run to its report, for every family and both clocks (a Java run's {@code java} objects come with its trace).
 */
public final class Reports {
    private Reports() {}

    public static RunReport of(Trace trace) {
        int n = trace.tasks().size();
        Double[] start = new Double[n], end = new Double[n], permit = new Double[n], jobStart = new Double[n], jobEnd = new Double[n];
        TaskState[] state = new TaskState[n];
        CancelCause[] cause = new CancelCause[n];
        boolean[] after = new boolean[n];
        List<String> completionOrder = new ArrayList<>(n);
        boolean returned = false;
        double returnedAt = Double.NaN;
        double settledAt = Double.NaN;
        // The columns, not event objects: at 100,000 tasks this loop reads half a million events.
        TraceLog log = trace.log();
        for (int i = 0, size = log.size(); i < size; i++) {
            TraceLog.Kind kind = log.kind(i);
            int t = log.task(i);
            double at = log.atMs(i);
            switch (kind) {
                case STEP -> { if (start[t] == null) start[t] = at; }
                case PERMIT_GRANTED -> permit[t] = at;
                case JOB_STARTED -> jobStart[t] = at;
                case JOB_ENDED -> jobEnd[t] = at;
                case SUCCEEDED -> state[t] = TaskState.SUCCEEDED;
                case FAILED -> state[t] = TaskState.FAILED;
                case CANCELLED -> {
                    state[t] = TaskState.CANCELLED;
                    cause[t] = log.cause(i);
                }
                case CALLER_RETURNED -> { returned = true; returnedAt = at; }
                case OBJECT -> {
                    if (log.event(i) instanceof TraceEvent.CallerRaised) { returned = true; returnedAt = at; }
                }
                default -> { }
            }
            if (kind.terminal()) {
                end[t] = at;
                after[t] = returned;
                completionOrder.add(trace.taskName(t));
                settledAt = at;
            }
        }
        ReportExtras extras = trace.extras();
        List<TaskReport> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TaskState s = state[i] != null ? state[i] : TaskState.NOT_STARTED;
            tasks.add(new TaskReport(trace.taskName(i), s, start[i], end[i], after[i], cause[i], permit[i], jobStart[i], jobEnd[i],
                    extras == null ? null : extras.taskFields(i)));
        }
        if (Double.isNaN(settledAt)) settledAt = returnedAt;
        return new RunReport(label(trace.run()), trace.run(), options(trace.run()), returnedAt, settledAt,
                trace.outcome(), completionOrder, tasks, trace, extras == null ? null : extras.runFields());
    }

    public static boolean isTerminal(TraceEvent e) {
        return e instanceof TraceEvent.Succeeded || e instanceof TraceEvent.Failed || e instanceof TraceEvent.Cancelled;
    }

    /** A short name for the run in its family's idiom, e.g. {@code gather()} or {@code invokeAll(tasks) · ...}. */
    public static String label(RunSpec run) { return run.strategy().family().label(run); }

    /** The run's options as the report lists them: only what applies to its strategy. */
    public static Map<String, Object> options(RunSpec run) { return run.strategy().family().options(run); }
}
