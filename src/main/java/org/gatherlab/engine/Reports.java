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
        // Tasks settle in no particular order of position: their names read from one array, not from n task records.
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[i] = trace.tasks().get(i).name();
        Boxes startBox = new Boxes(), endBox = new Boxes(), permitBox = new Boxes(), jobBox = new Boxes();
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
                case STEP -> { if (start[t] == null) start[t] = startBox.of(at); }
                case PERMIT_GRANTED -> permit[t] = permitBox.of(at);
                case JOB_STARTED -> jobStart[t] = jobBox.of(at);
                case JOB_ENDED -> jobEnd[t] = jobBox.of(at);
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
                end[t] = endBox.of(at);
                after[t] = returned;
                completionOrder.add(t >= 0 && t < n ? names[t] : trace.taskName(t));
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

    /**
     * Boxes a column's times for the reports, reusing the box of the time boxed last when it is the same double: the
     * tasks of a run mostly share their start, and many settle at one instant, so a run of 100,000 tasks keeps a few
     * thousand boxes instead of 200,000. {@code Double.equals} compares bits, so a shared box reads exactly the same.
     */
    private static final class Boxes {
        private Double last;

        Double of(double v) {
            if (last == null || Double.doubleToRawLongBits(last) != Double.doubleToRawLongBits(v)) last = v;
            return last;
        }
    }

    public static boolean isTerminal(TraceEvent e) {
        return e instanceof TraceEvent.Succeeded || e instanceof TraceEvent.Failed || e instanceof TraceEvent.Cancelled;
    }

    /** A short name for the run in its family's idiom, e.g. {@code gather()} or {@code invokeAll(tasks) · ...}. */
    public static String label(RunSpec run) { return run.strategy().family().label(run); }

    /** The run's options as the report lists them: only what applies to its strategy. */
    public static Map<String, Object> options(RunSpec run) { return run.strategy().family().options(run); }
}
