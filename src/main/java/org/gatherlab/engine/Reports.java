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

    private static final int STEP = TraceLog.Kind.STEP.ordinal(), SUCCEEDED = TraceLog.Kind.SUCCEEDED.ordinal(),
            FAILED = TraceLog.Kind.FAILED.ordinal(), CANCELLED = TraceLog.Kind.CANCELLED.ordinal(),
            PERMIT_GRANTED = TraceLog.Kind.PERMIT_GRANTED.ordinal(), JOB_STARTED = TraceLog.Kind.JOB_STARTED.ordinal(),
            JOB_ENDED = TraceLog.Kind.JOB_ENDED.ordinal(), CALLER_RETURNED = TraceLog.Kind.CALLER_RETURNED.ordinal(),
            OBJECT = TraceLog.Kind.OBJECT.ordinal();

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
        // The columns themselves, not event objects nor a call per cell: at 100,000 tasks this loop reads half a
        // million events, most of them steps and ends, so those two are tested first.
        TraceLog log = trace.log();
        byte[] kinds = log.kindColumn();
        int[] tasksColumn = log.taskColumn();
        double[] times = log.timeColumn();
        for (int i = 0, size = log.size(); i < size; i++) {
            int kind = kinds[i];
            if (kind == STEP) {
                int t = tasksColumn[i];
                if (start[t] == null) start[t] = startBox.of(times[i]);
            } else if (kind == SUCCEEDED || kind == FAILED || kind == CANCELLED) {
                int t = tasksColumn[i];
                double at = times[i];
                if (kind == SUCCEEDED) state[t] = TaskState.SUCCEEDED;
                else if (kind == FAILED) state[t] = TaskState.FAILED;
                else {
                    state[t] = TaskState.CANCELLED;
                    cause[t] = log.cause(i);
                }
                end[t] = endBox.of(at);
                after[t] = returned;
                completionOrder.add(t >= 0 && t < n ? names[t] : trace.taskName(t));
                settledAt = at;
            } else if (kind == PERMIT_GRANTED) {
                permit[tasksColumn[i]] = permitBox.of(times[i]);
            } else if (kind == JOB_STARTED) {
                jobStart[tasksColumn[i]] = jobBox.of(times[i]);
            } else if (kind == JOB_ENDED) {
                jobEnd[tasksColumn[i]] = jobBox.of(times[i]);
            } else if (kind == CALLER_RETURNED || (kind == OBJECT && log.event(i) instanceof TraceEvent.CallerRaised)) {
                returned = true;
                returnedAt = times[i];
            }
        }
        ReportExtras extras = trace.extras();
        List<TaskReport> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TaskState s = state[i] != null ? state[i] : TaskState.NOT_STARTED;
            tasks.add(new TaskReport(names[i], s, start[i], end[i], after[i], cause[i], permit[i], jobStart[i], jobEnd[i],
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
