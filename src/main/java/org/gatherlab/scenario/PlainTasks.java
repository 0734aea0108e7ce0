package org.gatherlab.scenario;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.gatherlab.scenario.ScenarioFields.*;

/**
 * Whether every task of an in-memory scenario is plainly within the task rules ({@link TaskRules}), judged on the model
 * without writing the file: the editor checks after every edit, and writing 100,000 tasks as text and reading them back
 * took a quarter of a second. The judgement only ever says "plainly valid" or "not sure": anything near an edge (a
 * surrogate in a name, a value that is not a finite number, a cancel time where a run forbids one, a file that could
 * approach the size cap) is "not sure", and then the file's own reader decides and words the problems
 * ({@link ScenarioFiles#problems}). So the messages are always the reader's; this class only spares the reading when
 * there is nothing to say. ScenarioCheckTest holds it to that over thousands of random scenarios near every edge.
 *
 * <p>Numbers are compared as the doubles they are: a file holds each as the shortest decimal that reads back as the
 * same double, and that rounding keeps order, so a double within {@code [min, max]} is written as a decimal within
 * them too.
 */
final class PlainTasks {
    /** Bytes of a task's line besides its name: field names, punctuation and four numbers of at most 26 characters. */
    private static final int LINE_BYTES = 256;
    /** A UTF-16 unit is written as at most 6 bytes (a control character's {@code \\uXXXX}). */
    private static final int BYTES_PER_CHAR = 6;
    /** The head of the file and its runs (at most {@link ScenarioLimits#MAX_RUNS}, a few hundred bytes each). */
    private static final int OTHER_BYTES = 64 * 1024;

    private PlainTasks() {}

    static boolean plainlyValid(Scenario scenario) {
        List<TaskSpec> tasks = scenario.tasks();
        if (tasks.isEmpty() || tasks.size() > MAX_TASKS) return false;
        boolean cancelForbidden = scenario.runs().stream().map(RunSpec::strategy).anyMatch(PlainTasks::forbidsTaskCancel);
        long bytes = OTHER_BYTES + (long) BYTES_PER_CHAR * (scenario.name().length() + scenario.description().length());
        Set<String> names = new HashSet<>(tasks.size() * 2);
        for (TaskSpec t : tasks) {
            if (!plainName(t.name()) || !names.add(t.name())) return false;
            if (!within(t.durationMs(), 0, MAX_DURATION_MS) || !within(t.failureRate(), 0, 1)) return false;
            if (t.failAtMs() != null && !within(t.failAtMs(), 0, t.durationMs())) return false;
            if (t.cancelAtMs() != null && (cancelForbidden || !within(t.cancelAtMs(), 0, Double.MAX_VALUE))) return false;
            bytes += LINE_BYTES + (long) BYTES_PER_CHAR * t.name().length();
        }
        return bytes <= ScenarioLimits.MAX_FILE_BYTES;
    }

    /** A sequential run has no task objects; invoke-all, invoke-any and structured hand out no handle to cancel one. */
    private static boolean forbidsTaskCancel(Strategy s) {
        return s == Strategy.SEQUENTIAL || s == Strategy.INVOKE_ALL || s == Strategy.INVOKE_ANY || s == Strategy.STRUCTURED;
    }

    /** 1 to 40 UTF-16 units and no surrogate at all: then also 1 to 40 characters, and Unicode text. */
    private static boolean plainName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) return false;
        for (int i = 0; i < name.length(); i++) if (Character.isSurrogate(name.charAt(i))) return false;
        return true;
    }

    /** A finite number in {@code [min, max]}. */
    private static boolean within(double v, double min, double max) {
        return Double.isFinite(v) && v >= min && v <= max;
    }
}
