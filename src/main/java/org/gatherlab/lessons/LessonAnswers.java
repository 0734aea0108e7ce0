package org.gatherlab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gatherlab.engine.Numbers;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskState;
import org.gatherlab.report.OutcomeWords;
import org.gatherlab.report.RunRemarks;

/**
 * The correct answers to a lesson's three predictions, read off the engine's report of the focus run.
 * Lessons never store them, so a lesson cannot teach something the engine (and CPython) does not do.
 *
 * <p>Outcome wording, the vocabulary of {@link AnswerOptions#outcome()}:
 * <ul>
 *   <li>{@code returns [A, TaskFailed(B), C]}: a result list; {@code Exc(T)} is task T's exception returned as a value</li>
 *   <li>{@code returns done={A, B}, pending={C}}: {@code asyncio.wait}; names in input order, {@code set()} when empty</li>
 *   <li>{@code raises TaskFailed(B)}, {@code raises CancelledError(A)}: the exception of task B / the cancellation of
 *       child A reaching the caller</li>
 *   <li>{@code raises ExceptionGroup([TaskFailed(A), TaskFailed(C)])}: TaskGroup, failures in the order they failed</li>
 *   <li>{@code raises TimeoutError}, {@code raises CancelledError}: a deadline, or the caller's own cancellation</li>
 * </ul>
 *
 * @param returnedAtMs when the caller's await returned or raised
 * @param outcome      what it returned or raised, in the wording above (English; see {@link #localize})
 * @param cancelled    the tasks whose final state is cancelled, whatever the cause, in input order
 * @param eitherWay    tasks whose end is a race on the JDK (they ended at the very instant of a deadline or cancel, and
 *                     the JDK orders neither first): ticked or not, they are marked right, because either can happen
 */
public record LessonAnswers(double returnedAtMs, String outcome, Set<String> cancelled, Set<String> eitherWay) {
    public static final String RETURNS = "returns ";
    public static final String RAISES = "raises ";

    public LessonAnswers {
        cancelled = AnswerOptions.orderedCopy(cancelled);
        eitherWay = AnswerOptions.orderedCopy(eitherWay);
    }

    /** Answers with no race in them (every Python run, most Java runs). */
    public LessonAnswers(double returnedAtMs, String outcome, Set<String> cancelled) {
        this(returnedAtMs, outcome, cancelled, Set.of());
    }

    public static LessonAnswers of(RunReport report) {
        Set<String> cancelled = new LinkedHashSet<>();
        for (TaskReport t : report.tasks()) if (t.state() == TaskState.CANCELLED) cancelled.add(t.name());
        Set<String> eitherWay = new LinkedHashSet<>();
        for (RunRemarks.Race race : RunRemarks.races(report)) if (race.kind().equals("tie")) eitherWay.add(race.task());
        return new LessonAnswers(report.returnedAtMs(), describe(report.outcome()), cancelled, eitherWay);
    }

    /** The outcome in the wording of {@link AnswerOptions#outcome()}. */
    public static String describe(Outcome outcome) {
        return switch (outcome) {
            case null -> "did not finish";
            case Outcome.Returned r -> {
                List<String> items = new ArrayList<>();
                for (Outcome.Result res : r.results()) items.add(res.isError() ? res.error() + "(" + res.task() + ")" : res.value());
                yield RETURNS + "[" + String.join(", ", items) + "]";
            }
            case Outcome.ReturnedWait w -> RETURNS + "done=" + set(w.done()) + ", pending=" + set(w.pending());
            case Outcome.Raised r when r.exception().equals("ExceptionGroup") ->
                    RAISES + "ExceptionGroup([" + String.join(", ", r.tasks().stream().map(t -> "TaskFailed(" + t + ")").toList()) + "])";
            case Outcome.Raised r -> RAISES + r.exception() + (r.tasks().isEmpty() ? "" : "(" + String.join(", ", r.tasks()) + ")");
        };
    }

    /**
     * An outcome string for display in {@code locale}: the verb is worded by {@link OutcomeWords} ({@code devuelve},
     * {@code lanza} in Spanish), the Python names stay as they are. Compare answers with the English strings, never these.
     */
    public static String localize(String outcome, Locale locale) {
        return OutcomeWords.of(locale).answer(outcome, RETURNS, RAISES);
    }

    /** A time as options show it: {@code 100 ms}. */
    public static String formatMs(double ms) {
        return Numbers.format(ms) + " ms";
    }

    /** What the learner chose; a null (or, for cancelled, absent) answer counts as wrong. */
    public record Prediction(Double returnedAtMs, String outcome, Set<String> cancelled) {}

    /** Which predictions were right. */
    public record Marks(boolean returnedAt, boolean outcome, boolean cancelled) {
        public int score() { return (returnedAt ? 1 : 0) + (outcome ? 1 : 0) + (cancelled ? 1 : 0); }
    }

    public Marks mark(Prediction p) {
        return new Marks(p.returnedAtMs() != null && p.returnedAtMs() == returnedAtMs,
                outcome.equals(p.outcome()), p.cancelled() != null && cancelledRight(p.cancelled()));
    }

    /** Whether {@code predicted} names the tasks that end cancelled, a raced task counting either way. */
    public boolean cancelledRight(Set<String> predicted) {
        return sureOnly(cancelled).equals(sureOnly(predicted));
    }

    /** Whether ticking {@code task} as cancelled is right: it ends cancelled, or its end is a race. */
    public boolean cancelledRightly(String task, boolean ticked) {
        return eitherWay.contains(task) || cancelled.contains(task) == ticked;
    }

    private Set<String> sureOnly(Set<String> names) {
        Set<String> out = new LinkedHashSet<>(names);
        out.removeAll(eitherWay);
        return out;
    }

    private static String set(List<String> names) {
        return names.isEmpty() ? "set()" : "{" + String.join(", ", names) + "}";
    }
}
