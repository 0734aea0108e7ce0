package org.gatherlab.lessons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;

/**
 * Choices for predicting any run, derived from its report: the engine's answer and the answers the common
 * misconceptions lead to (the sum of the durations, the last task's end, "gather cancels the others", "the
 * results come back in finishing order", ...). Deterministic; each list holds the correct answer and 3 to 5
 * distinct entries, in a stable order that does not give the answer away.
 */
public final class GenericOptions {
    private GenericOptions() {}

    /** Choices per list, the correct one included. */
    static final int CHOICES = 4;

    public static AnswerOptions of(Scenario scenario, RunReport report) {
        LessonAnswers correct = LessonAnswers.of(report);
        return new AnswerOptions(times(scenario, report), outcomes(report, correct.outcome()),
                cancelled(report, correct.cancelled()));
    }

    // ---------------------------------------------------------------------------------------------- when

    static List<Double> times(Scenario scenario, RunReport report) {
        double right = report.returnedAtMs();
        Set<Double> candidates = new LinkedHashSet<>();
        candidates.add(report.settledAtMs());
        double sum = 0, longest = 0;
        for (TaskSpec t : scenario.tasks()) {
            sum += t.durationMs();
            longest = Math.max(longest, t.durationMs());
        }
        candidates.add(sum);
        candidates.add(longest);
        for (TaskReport t : report.tasks()) if (t.endMs() != null) candidates.add(t.endMs());
        RunSpec run = report.run();
        if (run.timeoutMs() != null) candidates.add(run.timeoutMs());
        if (run.cancelAtMs() != null) candidates.add(run.cancelAtMs());
        candidates.add(0.0);
        candidates.removeIf(t -> !Double.isFinite(t) || t < 0 || t == right);
        List<Double> others = new ArrayList<>(candidates);
        // The nearest alternatives make the question a real one; ties go to the earlier time.
        others.sort(Comparator.<Double>comparingDouble(t -> Math.abs(t - right)).thenComparingDouble(t -> t));
        TreeSet<Double> chosen = new TreeSet<>();
        chosen.add(right);
        for (Double t : others) if (chosen.size() < CHOICES) chosen.add(t);
        // A run whose every time is the same: invent round neighbours.
        for (double step = 100; chosen.size() < AnswerOptions.MIN; step += 100) chosen.add(right + step);
        return List.copyOf(chosen);
    }

    // ---------------------------------------------------------------------------------------------- what

    static List<String> outcomes(RunReport report, String right) {
        List<TaskReport> tasks = report.tasks();
        List<String> names = tasks.stream().map(TaskReport::name).toList();
        List<String> failed = new ArrayList<>();           // in the order they failed
        for (String n : report.completionOrder()) if (state(report, n) == TaskState.FAILED) failed.add(n);
        Strategy strategy = report.strategy();
        RunSpec run = report.run();

        Set<String> candidates = new LinkedHashSet<>();
        // What each misconception predicts, most tempting first.
        if (!failed.isEmpty()) {
            candidates.add(LessonAnswers.RAISES + "TaskFailed(" + failed.getFirst() + ")");
            candidates.add(LessonAnswers.RETURNS + list(errorsAsValues(tasks)));
        }
        candidates.add(LessonAnswers.RETURNS + list(names));                        // "everything succeeds"
        if (strategy == Strategy.WAIT) {
            candidates.add(LessonAnswers.RETURNS + "done=" + set(names) + ", pending=set()");
            List<String> first = report.completionOrder().isEmpty() ? List.of() : List.of(report.completionOrder().getFirst());
            List<String> rest = names.stream().filter(n -> !first.contains(n)).toList();
            candidates.add(LessonAnswers.RETURNS + "done=" + set(first) + ", pending=" + set(rest));
        }
        if (!report.completionOrder().isEmpty()) candidates.add(LessonAnswers.RETURNS + list(report.completionOrder()));
        if (!failed.isEmpty()) {
            candidates.add(LessonAnswers.RAISES + "ExceptionGroup(["
                    + String.join(", ", failed.stream().map(f -> "TaskFailed(" + f + ")").toList()) + "])");
            List<String> survivors = names.stream().filter(n -> !failed.contains(n)).toList();
            candidates.add(LessonAnswers.RETURNS + list(survivors));
        }
        if (run.timeoutMs() != null) candidates.add(LessonAnswers.RAISES + "TimeoutError");
        if (run.cancelAtMs() != null) candidates.add(LessonAnswers.RAISES + "CancelledError");
        candidates.add(LessonAnswers.RAISES + "TimeoutError");
        candidates.add(LessonAnswers.RAISES + "CancelledError");

        candidates.remove(right);
        List<String> chosen = new ArrayList<>();
        chosen.add(right);
        for (String c : candidates) if (chosen.size() < CHOICES) chosen.add(c);
        // Shown in a stable order of their own, so the first choice is not always the answer.
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }

    private static List<String> errorsAsValues(List<TaskReport> tasks) {
        List<String> out = new ArrayList<>();
        for (TaskReport t : tasks) {
            out.add(switch (t.state()) {
                case FAILED -> "TaskFailed(" + t.name() + ")";
                case CANCELLED -> "CancelledError(" + t.name() + ")";
                default -> t.name();
            });
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- cancelled

    static List<Set<String>> cancelled(RunReport report, Set<String> right) {
        List<String> names = report.tasks().stream().map(TaskReport::name).toList();
        List<Set<String>> candidates = new ArrayList<>();
        candidates.add(Set.of());
        // "gather cancels the others": every task that did not fail itself.
        candidates.add(ordered(report, t -> t.state() != TaskState.FAILED));
        // The tasks still running when the await ended.
        candidates.add(ordered(report, t -> t.afterReturn() && t.state() != TaskState.FAILED));
        candidates.add(ordered(report, t -> t.endMs() == null || t.endMs() > report.returnedAtMs()));
        candidates.add(new LinkedHashSet<>(names));
        if (!names.isEmpty()) candidates.add(Set.of(names.getLast()));

        List<Set<String>> chosen = new ArrayList<>();
        chosen.add(right);
        for (Set<String> c : candidates) {
            if (chosen.size() < CHOICES && chosen.stream().noneMatch(c::equals)) chosen.add(c);
        }
        for (String n : names) {                            // a small scenario may need more variety
            Set<String> one = Set.of(n);
            if (chosen.size() < AnswerOptions.MIN && chosen.stream().noneMatch(one::equals)) chosen.add(one);
        }
        chosen.sort(Comparator.<Set<String>>comparingInt(Set::size).thenComparing(s -> String.join(",", s)));
        return chosen;
    }

    private static Set<String> ordered(RunReport report, java.util.function.Predicate<TaskReport> keep) {
        Set<String> out = new LinkedHashSet<>();
        for (TaskReport t : report.tasks()) if (keep.test(t)) out.add(t.name());
        return out;
    }

    // ---------------------------------------------------------------------------------------------- wording

    private static TaskState state(RunReport report, String name) {
        for (TaskReport t : report.tasks()) if (t.name().equals(name)) return t.state();
        return null;
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String set(List<String> names) {
        return names.isEmpty() ? "set()" : "{" + String.join(", ", names) + "}";
    }
}
