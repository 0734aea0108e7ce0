package org.gatherlab.engine.jvm;

import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.ReportExtras;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceEvent;
import org.gatherlab.engine.TraceLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of one Java run, virtual or real.
 *
 * @param outcome       what the call returned or threw; null for a real run stopped (the app's Stop) before that
 * @param returnedAtMs  when the Java call ({@code join()}, {@code invokeAll}, {@code invokeAny}, {@code scope.join()})
 *                      returned or threw
 * @param blockExitMs   when the try-with-resources block around it ended: {@code close()} of the executor or the
 *                      scope waits for every thread, so this is never before {@code settledAtMs}
 * @param settledAtMs   when the last task ended
 * @param log           every event, in order, in the shared vocabulary (Java's own kinds included: mounted, interrupted, ...)
 * @param notes         what a reader should know about this run (a real run on fewer carriers than asked, ...)
 * @param races         where the JDK may order things the other way (the model's runs; a real run measured one order)
 */
public record JavaRun(List<TaskSpec> tasks, JavaRunSpec run, ClockKind clock, String apiVersion, JavaOutcome outcome,
                      double returnedAtMs, double blockExitMs, double settledAtMs, List<String> completionOrder,
                      List<JavaTaskResult> taskResults, TraceLog log, List<String> notes,
                      List<JavaRace> races) implements ReportExtras {

    public JavaRun {
        tasks = List.copyOf(tasks);
        completionOrder = List.copyOf(completionOrder);
        taskResults = List.copyOf(taskResults);
        log = log.seal();
        notes = List.copyOf(notes);
        races = RaceList.of(races);
    }

    /** Every event, in order (each made as it is read). */
    public List<TraceEvent> events() { return log.events(); }

    /** The race task {@code name} is in, or null. */
    public JavaRace race(String name) {
        return ((RaceList) races).of(name);
    }

    /** The task called {@code name} (names are unique in a scenario), for tests; reports go by position. */
    public JavaTaskResult task(String name) {
        for (JavaTaskResult t : taskResults) if (t.name().equals(name)) return t;
        throw new IllegalArgumentException("no task " + name);
    }

    /** The run's {@code java} object of the report. */
    @Override public Map<String, Object> runFields() { return JavaReportFields.run(this); }

    /** Task {@code index}'s {@code java} object of the report. */
    @Override public Map<String, Object> taskFields(int index) {
        JavaTaskResult t = taskResults.get(index);
        return JavaReportFields.taskView(t, race(t.name()), run);
    }

    /** The outcome in the shared vocabulary ({@code Outcome.Raised("CompletionException", ["A"])}, ...); null if stopped first. */
    public Outcome sharedOutcome() { return outcome == null ? null : outcome.toShared(); }

    /** The shared report's task rows, input order. */
    public List<TaskReport> taskReports() {
        List<TaskReport> out = new ArrayList<>();
        for (JavaTaskResult t : taskResults) out.add(t.toTaskReport());
        return out;
    }

    /**
     * This run as the engine's shared {@link Trace}, from which {@code Reports.of} derives the same task rows,
     * completion order and times as {@link #taskReports()}, and the run's and tasks' {@code java} objects.
     * {@code runSpec} is the run as the scenario holds it (it labels the report).
     */
    public Trace toTrace(RunSpec runSpec) {
        return new Trace(tasks, runSpec, clock, log, sharedOutcome(), this);
    }
}
