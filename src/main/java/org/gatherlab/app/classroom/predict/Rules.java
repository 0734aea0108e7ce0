package org.gatherlab.app.classroom.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gatherlab.app.fx.Words.Msg;
import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.Numbers;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.report.RunRemarks;

/**
 * The rule that explains each answer about a run, read off its report: a small table per strategy and outcome
 * ({@code src/site/markdown/scenario-contract.md#rules} in a teacher's words), and why the await ended when it did and
 * who cancelled what.
 * Everything is a {@link Msg}, worded by the bundle ({@code rule.*}, {@code when.*}, {@code cancelled.*},
 * {@code cancelled.by.*}, {@code note.*}).
 */
public final class Rules {
    private Rules() {}

    /** The rule for what the await returned or raised. */
    public static Msg outcome(RunReport r) {
        Strategy s = r.strategy();
        RunSpec run = r.run();
        // Only a Java run's report has a java object; its own sentence says what the call returned or threw.
        if (r.outcome() != null && r.java() != null) return Msg.of("rule.java", r.java().get("said"));
        return switch (r.outcome()) {
            case null -> Msg.of("rule.unfinished");
            case Outcome.Raised x when x.exception().equals("TimeoutError") ->
                    Msg.of(s == Strategy.AS_COMPLETED ? "rule.asCompleted.timeout" : "rule.timeout");
            case Outcome.Raised x when x.exception().equals("CancelledError") && x.tasks().isEmpty() -> Msg.of(switch (s) {
                case GATHER, TASKGROUP -> "rule.caller.children";
                case SEQUENTIAL -> "rule.caller.sequential";
                case WAIT, AS_COMPLETED -> "rule.caller.waiting";
                case CF_ALLOF, CF_ANYOF, INVOKE_ALL, INVOKE_ANY, STRUCTURED -> "rule.unfinished";
            });
            case Outcome.Raised x when x.exception().equals("CancelledError") -> Msg.of("rule.childCancelled", x.tasks().getFirst());
            case Outcome.Raised x when x.exception().equals("ExceptionGroup") -> Msg.of("rule.taskgroup.raised");
            case Outcome.Raised x -> switch (s) {
                case SEQUENTIAL -> Msg.of("rule.sequential.raised");
                case GATHER -> Msg.of("rule.gather.raised");
                case AS_COMPLETED -> Msg.of("rule.asCompleted.raised");
                default -> Msg.of("rule.raised", x.exception());
            };
            case Outcome.Returned x -> switch (s) {
                case SEQUENTIAL -> Msg.of(run.returnExceptions() ? "rule.sequential.returnedErrors" : "rule.sequential.returned");
                case GATHER -> Msg.of(x.results().stream().anyMatch(Outcome.Result::isError)
                        ? "rule.gather.returnedErrors" : "rule.gather.returned");
                case TASKGROUP -> Msg.of("rule.taskgroup.returned");
                case AS_COMPLETED -> Msg.of("rule.asCompleted.returned");
                case WAIT -> Msg.of("rule.wait.ALL_COMPLETED");
                case CF_ALLOF, CF_ANYOF, INVOKE_ALL, INVOKE_ANY, STRUCTURED -> Msg.of("rule.unfinished");
            };
            case Outcome.ReturnedWait x -> waitTimedOut(r, x)
                    ? Msg.of("rule.wait.timeout") : Msg.of("rule.wait." + run.returnWhen().name());
        };
    }

    /** Why the await ended at {@code returnedAtMs}. */
    public static Msg when(RunReport r) {
        String at = ms(r.returnedAtMs());
        RunSpec run = r.run();
        return switch (r.outcome()) {
            case null -> Msg.of("when.plain", at);
            case Outcome.Raised x when x.exception().equals("TimeoutError") -> {
                double deadline = run.timeoutMs() == null ? r.returnedAtMs() : run.timeoutMs();
                yield Msg.of(r.returnedAtMs() > deadline ? "when.timeout.late" : "when.timeout", at, ms(deadline));
            }
            case Outcome.Raised x when x.exception().equals("CancelledError") && x.tasks().isEmpty() -> {
                double cancel = run.cancelAtMs() == null ? r.returnedAtMs() : run.cancelAtMs();
                yield Msg.of(r.returnedAtMs() > cancel ? "when.caller.late" : "when.caller", at, ms(cancel));
            }
            case Outcome.Raised x when x.exception().equals("ExceptionGroup") -> Msg.of("when.taskgroup", at);
            case Outcome.Raised x when !x.tasks().isEmpty() -> Msg.of("when.raised", at, x.tasks().getFirst());
            case Outcome.Raised x -> Msg.of("when.plain", at);
            case Outcome.ReturnedWait x when waitTimedOut(r, x) -> Msg.of("when.wait.timeout", at);
            case Outcome.ReturnedWait x when !x.pending().isEmpty() -> lastFinished(r)
                    .map(name -> Msg.of("when.wait.condition", at, name)).orElse(Msg.of("when.plain", at));
            default -> r.strategy() == Strategy.SEQUENTIAL ? Msg.of("when.sequential", at)
                    : lastFinished(r).map(name -> Msg.of("when.last", at, name)).orElse(Msg.of("when.plain", at));
        };
    }

    /** Who cancelled which task, one sentence per cause; "nothing cancels them" when none ends cancelled. */
    public static List<Msg> cancelled(RunReport r) {
        Map<CancelCause, List<String>> byCause = new LinkedHashMap<>();
        for (TaskReport t : r.tasks()) {
            if (t.state() != TaskState.CANCELLED) continue;
            byCause.computeIfAbsent(t.cancelCause(), c -> new ArrayList<>()).add(t.name());
        }
        if (byCause.isEmpty()) return List.of(Msg.of("cancelled.none"));
        List<Msg> out = new ArrayList<>();
        byCause.forEach((cause, names) -> out.add(Msg.of(names.size() == 1 ? "cancelled.one" : "cancelled.many",
                Names.join(names), Msg.of(cause == null ? "cancelled.by.unknown" : "cancelled.by." + cause.json()))));
        return out;
    }

    /**
     * Where the JDK's answer is a race, not a rule (a Java run's {@code java.races}): one sentence per raced task, so the
     * reveal never presents a coin toss as a law.
     */
    public static List<Msg> races(RunReport r) {
        List<Msg> out = new ArrayList<>();
        for (RunRemarks.Race race : RunRemarks.races(r))
            out.add(Msg.of(race.kind().equals("tie") ? "race.tie" : "race.startOrSkip", race.task(), ms(race.atMs())));
        return out;
    }

    /** What else about this run explains the picture: CPU work on the loop, a pool, a semaphore, the teardown. */
    public static List<Msg> notes(Scenario scenario, RunReport r) {
        RunSpec run = r.run();
        List<Msg> out = new ArrayList<>();
        boolean cpu = scenario.tasks().stream().map(TaskSpec::kind).anyMatch(k -> k == TaskKind.CPU);
        if (cpu && run.cpu() == CpuMode.LOOP && r.strategy() != Strategy.SEQUENTIAL) out.add(Msg.of("note.cpuLoop"));
        if (cpu && run.cpu() == CpuMode.PROCESSES) out.add(Msg.of("note.pool", run.workers()));
        if (run.limit() != null) out.add(Msg.of("note.semaphore", run.limit()));
        if (run.onExit() == OnExit.CANCEL) out.add(Msg.of("note.teardown"));
        else if (r.tasks().stream().anyMatch(t -> t.afterReturn() && t.state() != TaskState.NOT_STARTED))
            out.add(Msg.of("note.afterReturn"));
        return out;
    }

    private static boolean waitTimedOut(RunReport r, Outcome.ReturnedWait w) {
        Double timeout = r.run().timeoutMs();
        return timeout != null && !w.pending().isEmpty() && r.returnedAtMs() >= timeout;
    }

    /** The last task to settle at or before the await ended: the one it was waiting for. */
    private static java.util.Optional<String> lastFinished(RunReport r) {
        String last = null;
        for (String name : r.completionOrder()) {
            for (TaskReport t : r.tasks()) {
                if (t.name().equals(name) && !t.afterReturn() && t.endMs() != null && t.endMs() <= r.returnedAtMs()) last = name;
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    static String ms(double ms) {
        return Numbers.format(ms) + " ms";
    }
}
