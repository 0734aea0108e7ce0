package org.gatherlab.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a report names a Python run and lists its options. */
final class PythonRunText {
    private PythonRunText() {}

    /** A short Python-like name for the run, e.g. {@code gather()} or {@code wait(return_when=FIRST_EXCEPTION)}. */
    static String label(RunSpec run) {
        String base = switch (run.strategy()) {
            case SEQUENTIAL -> "sequential";
            case GATHER -> run.returnExceptions() ? "gather(return_exceptions=True)" : "gather()";
            case TASKGROUP -> "TaskGroup()";
            case WAIT -> run.returnWhen() == ReturnWhen.ALL_COMPLETED ? "wait()" : "wait(return_when=" + run.returnWhen() + ")";
            case AS_COMPLETED -> "as_completed()";
            case CF_ALLOF, CF_ANYOF, INVOKE_ALL, INVOKE_ANY, STRUCTURED -> throw new IllegalArgumentException(run.strategy().json());
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

    static Map<String, Object> options(RunSpec run) {
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
