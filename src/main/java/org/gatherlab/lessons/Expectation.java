package org.gatherlab.lessons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.gatherlab.engine.Numbers;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.TaskReport;

/**
 * What a lesson claims about one run, checked against the engine by the tests so that no lesson can
 * teach a myth. Null (or an absent map entry) means "not checked". Never used to mark a learner: the
 * answers come from {@link LessonAnswers#of}.
 *
 * @param run             0-based index into the scenario's runs
 * @param cancelled       exactly the tasks that end cancelled
 * @param afterReturn     exactly the tasks whose last step ran after the caller's await ended
 * @param tasks           per task name, field name to expected value; fields are {@link #TASK_FIELDS}, values a
 *                        Double (times), a String ({@code state}, {@code cancelCause}) or null (must be null)
 */
public record Expectation(int run, Double returnedAtMs, Double settledAtMs, String outcome, Set<String> cancelled,
                          Set<String> afterReturn, List<String> completionOrder, Map<String, Map<String, Object>> tasks) {

    /** The per-task fields an expectation may check, read from a {@link TaskReport} as the report spells them. */
    public static final Map<String, Function<TaskReport, Object>> TASK_FIELDS = taskFields();

    public Expectation {
        cancelled = cancelled == null ? null : AnswerOptions.orderedCopy(cancelled);
        afterReturn = afterReturn == null ? null : AnswerOptions.orderedCopy(afterReturn);
        completionOrder = completionOrder == null ? null : List.copyOf(completionOrder);
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        tasks.forEach((name, fields) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
        tasks = Collections.unmodifiableMap(copy);
    }

    /** Every way the report differs from this expectation, one line each; empty when it holds. */
    public List<String> mismatches(RunReport report) {
        List<String> out = new ArrayList<>();
        String where = "run " + run + " (" + report.label() + "): ";
        if (returnedAtMs != null) compare(out, where + "returnedAtMs", returnedAtMs, report.returnedAtMs());
        if (settledAtMs != null) compare(out, where + "settledAtMs", settledAtMs, report.settledAtMs());
        LessonAnswers answers = LessonAnswers.of(report);
        if (outcome != null) compare(out, where + "outcome", outcome, answers.outcome());
        if (cancelled != null) compare(out, where + "cancelled", cancelled, answers.cancelled());
        if (afterReturn != null) {
            Set<String> after = new LinkedHashSet<>();
            for (TaskReport t : report.tasks()) if (t.afterReturn()) after.add(t.name());
            compare(out, where + "afterReturn", afterReturn, after);
        }
        if (completionOrder != null) compare(out, where + "completionOrder", completionOrder, report.completionOrder());
        tasks.forEach((name, fields) -> {
            TaskReport task = report.tasks().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
            if (task == null) {
                out.add(where + "tasks." + name + ": no such task");
                return;
            }
            fields.forEach((field, expected) -> {
                Function<TaskReport, Object> getter = TASK_FIELDS.get(field);
                if (getter == null) out.add(where + "tasks." + name + "." + field + ": unknown field");
                else compare(out, where + "tasks." + name + "." + field, expected, getter.apply(task));
            });
        });
        return out;
    }

    private static void compare(List<String> out, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + ": the lesson expects " + show(expected) + ", the engine says " + show(actual));
        }
    }

    private static String show(Object v) {
        return v instanceof Double d ? Numbers.format(d) : String.valueOf(v);
    }

    private static Map<String, Function<TaskReport, Object>> taskFields() {
        Map<String, Function<TaskReport, Object>> m = new LinkedHashMap<>();
        m.put("state", t -> t.state().json());
        m.put("startMs", TaskReport::startMs);
        m.put("endMs", TaskReport::endMs);
        m.put("cancelCause", t -> t.cancelCause() == null ? null : t.cancelCause().json());
        m.put("permitMs", TaskReport::permitMs);
        m.put("jobStartMs", TaskReport::jobStartMs);
        m.put("jobEndMs", TaskReport::jobEndMs);
        return Collections.unmodifiableMap(m);
    }
}
