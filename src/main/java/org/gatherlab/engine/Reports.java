package org.gatherlab.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Derives a run's report from its trace alone, so a trace always replays to the same report. */
public final class Reports {
    private Reports() {}

    public static RunReport of(Trace trace) {
        int n = trace.tasks().size();
        Double[] start = new Double[n], end = new Double[n], permit = new Double[n], jobStart = new Double[n], jobEnd = new Double[n];
        TaskState[] state = new TaskState[n];
        CancelCause[] cause = new CancelCause[n];
        boolean[] after = new boolean[n];
        List<String> completionOrder = new ArrayList<>();
        boolean returned = false;
        double returnedAt = Double.NaN;
        double settledAt = Double.NaN;
        for (TraceEvent e : trace.events()) {
            int t = e.task();
            switch (e) {
                case TraceEvent.Step s -> { if (start[t] == null) start[t] = s.atMs(); }
                case TraceEvent.PermitGranted p -> permit[t] = p.atMs();
                case TraceEvent.JobStarted j -> jobStart[t] = j.atMs();
                case TraceEvent.JobEnded j -> jobEnd[t] = j.atMs();
                case TraceEvent.Succeeded s -> state[t] = TaskState.SUCCEEDED;
                case TraceEvent.Failed f -> state[t] = TaskState.FAILED;
                case TraceEvent.Cancelled c -> {
                    state[t] = TaskState.CANCELLED;
                    cause[t] = c.cause();
                }
                case TraceEvent.CallerReturned r -> { returned = true; returnedAt = r.atMs(); }
                case TraceEvent.CallerRaised r -> { returned = true; returnedAt = r.atMs(); }
                default -> { }
            }
            if (isTerminal(e)) {
                end[t] = e.atMs();
                after[t] = returned;
                completionOrder.add(trace.taskName(t));
                settledAt = e.atMs();
            }
        }
        List<TaskReport> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TaskState s = state[i] != null ? state[i] : TaskState.NOT_STARTED;
            tasks.add(new TaskReport(trace.taskName(i), s, start[i], end[i], after[i], cause[i], permit[i], jobStart[i], jobEnd[i]));
        }
        if (Double.isNaN(settledAt)) settledAt = returnedAt;
        return new RunReport(label(trace.run()), trace.run(), options(trace.run()), returnedAt, settledAt,
                trace.outcome(), completionOrder, tasks, trace);
    }

    public static boolean isTerminal(TraceEvent e) {
        return e instanceof TraceEvent.Succeeded || e instanceof TraceEvent.Failed || e instanceof TraceEvent.Cancelled;
    }

    /** A short Python-like name for the run, e.g. {@code gather()} or {@code wait(return_when=FIRST_EXCEPTION)}. */
    public static String label(RunSpec run) {
        if (run.strategy().isJava()) return run.java().label();
        String base = switch (run.strategy()) {
            case SEQUENTIAL -> "sequential";
            case GATHER -> run.returnExceptions() ? "gather(return_exceptions=True)" : "gather()";
            case TASKGROUP -> "TaskGroup()";
            case WAIT -> run.returnWhen() == ReturnWhen.ALL_COMPLETED ? "wait()" : "wait(return_when=" + run.returnWhen() + ")";
            case AS_COMPLETED -> "as_completed()";
            case CF_ALLOF, CF_ANYOF, INVOKE_ALL, INVOKE_ANY, STRUCTURED -> throw new AssertionError(run.strategy());
        };
        StringBuilder sb = new StringBuilder(base);
        if (run.strategy() == Strategy.SEQUENTIAL && run.returnExceptions()) sb.append(" + except TaskFailed");
        if (run.strategy() == Strategy.AS_COMPLETED && run.returnExceptions()) sb.append(" + except TaskFailed");
        if (run.timeoutMs() != null) sb.append(" · timeout ").append(Numbers.format(run.timeoutMs())).append(" ms");
        if (run.limit() != null) sb.append(" · Semaphore(").append(run.limit()).append(')');
        if (run.cpu() == CpuMode.PROCESSES) sb.append(" · ").append(run.workers()).append(run.workers() == 1 ? " process" : " processes");
        if (run.cancelAtMs() != null) sb.append(" · caller cancelled at ").append(Numbers.format(run.cancelAtMs())).append(" ms");
        if (run.onExit() == OnExit.CANCEL) sb.append(" · asyncio.run teardown");
        return sb.toString();
    }

    /** The run's options as the report lists them: only what applies to its strategy. */
    public static Map<String, Object> options(RunSpec run) {
        if (run.strategy().isJava()) return run.java().options();
        Map<String, Object> o = new LinkedHashMap<>();
        if (run.strategy().acceptsReturnExceptions()) o.put("returnExceptions", run.returnExceptions());
        if (run.strategy() == Strategy.WAIT) o.put("returnWhen", run.returnWhen().name());
        if (run.timeoutMs() != null) o.put("timeoutMs", run.timeoutMs());
        if (run.cancelAtMs() != null) o.put("cancelAtMs", run.cancelAtMs());
        if (run.limit() != null) o.put("limit", run.limit());
        o.put("cpu", run.cpu().json());
        if (run.cpu() == CpuMode.PROCESSES) o.put("workers", run.workers());
        o.put("onExit", run.onExit().json());
        return o;
    }
}
