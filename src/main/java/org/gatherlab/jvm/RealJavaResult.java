package org.gatherlab.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceLog;
import org.gatherlab.engine.jvm.BodyEnd;
import org.gatherlab.engine.jvm.JavaApi;
import org.gatherlab.engine.jvm.JavaOutcome;
import org.gatherlab.engine.jvm.JavaRun;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaTaskResult;

import java.util.ArrayList;
import java.util.List;

/** A {@link RealJavaRunner} run's result, in the simulation's shape, from what was measured; and its notes. */
final class RealJavaResult {
    private RealJavaResult() {}

    /** How many carriers this JVM's virtual threads have. */
    static int carriers() {
        String p = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        try {
            if (p != null) return Integer.parseInt(p.strip());
        } catch (NumberFormatException ignored) {
            // the JDK falls back to the processor count as well
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** What a reader should know about a run in this JVM, before it runs. */
    static List<String> notes(List<TaskSpec> specs, JavaRunSpec run) {
        List<String> notes = new ArrayList<>();
        if (run.threads() == JavaThreads.VIRTUAL && carriers() != run.cores())
            notes.add("virtual threads ran on this JVM's " + carriers() + " carriers, not " + run.cores()
                    + " (the number is fixed when the JVM starts; the generated program sets it)");
        int cpus = Runtime.getRuntime().availableProcessors();
        if (run.cores() > cpus && specs.stream().anyMatch(t -> t.kind() == TaskKind.CPU))
            notes.add("this machine has " + cpus + " processors: CPU loops beyond that share them and take longer than the model says");
        if (run.api() == JavaApi.STRUCTURED)
            notes.add("StructuredTaskScope (JDK 25 preview) was called by reflection, without --enable-preview");
        return notes;
    }

    /**
     * @param callerEvent the caller's return in {@code events} (-1: the run was stopped before the call ended)
     * @param cause       what cancelled the run's cancelled tasks
     * @param stopped     the run was stopped (the app's Stop): a task's state is what its recorded end said, and a task
     *                    with no end is as the shared report has it, not started, its body {@link BodyEnd#STOPPED} if it
     *                    had begun
     */
    static JavaRun of(List<TaskSpec> specs, JavaRunSpec run, ClockKind clock, TaskFacts[] facts, JavaOutcome outcome,
                      double returnedAt, int callerEvent, double blockExit, List<TraceEvent> events, List<String> notes,
                      CancelCause cause, boolean stopped) {
        String handle = switch (run.api()) {
            case CF_ALLOF, CF_ANYOF -> "CompletableFuture";
            case INVOKE_ALL -> "Future";
            case INVOKE_ANY -> null;
            case STRUCTURED -> "Subtask";
        };
        List<JavaTaskResult> results = new ArrayList<>();
        List<String> order = new ArrayList<>();
        double settled = returnedAt;
        List<Integer> byEnd = new ArrayList<>();
        for (int i = 0; i < facts.length; i++) byEnd.add(i);
        byEnd.sort((a, b) -> Integer.compare(facts[a].endEvent, facts[b].endEvent));
        for (int i : byEnd) if (!stopped || facts[i].ended != null) order.add(specs.get(i).name());
        for (int i = 0; i < facts.length; i++) {
            TaskFacts f = facts[i];
            boolean cancelled = stopped ? f.ended == TaskState.CANCELLED : "CANCELLED".equals(f.finalState) || "UNAVAILABLE".equals(f.finalState)
                    || handle == null && (f.body == BodyEnd.INTERRUPTED || f.body == BodyEnd.NEVER_RAN || f.interruptSeenAt != null);
            TaskState state = stopped ? (f.ended != null ? f.ended : TaskState.NOT_STARTED)
                    : cancelled ? TaskState.CANCELLED : f.body == BodyEnd.RETURNED ? TaskState.SUCCEEDED : TaskState.FAILED;
            BodyEnd body = f.body == null && f.start != null && stopped ? BodyEnd.STOPPED : f.body;
            Double asked = f.cancelAt != null ? f.cancelAt : f.interruptedAt != null ? f.interruptedAt : f.interruptSeenAt;
            if (cancelled && asked == null) asked = returnedAt;
            results.add(new JavaTaskResult(specs.get(i).name(), state, f.start, f.end, callerEvent >= 0 && f.endEvent > callerEvent,
                    cancelled ? cause : null, handle, f.stateAtReturn, f.finalState, f.handleDoneAt, cancelled ? asked : null,
                    f.interruptedAt, body, specs.get(i).kind() == TaskKind.IO, null, run, true));
            if (f.end != null) settled = Double.isNaN(settled) ? f.end : Math.max(settled, f.end);
        }
        return new JavaRun(specs, run, clock, run.apiVersion(), outcome, returnedAt, blockExit, settled, order,
                results, TraceLog.of(events), notes, List.of());
    }
}
