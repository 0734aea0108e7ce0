package org.gatherlab.app.editor;

import org.gatherlab.engine.Scenario;
import org.gatherlab.scenario.Problem;
import org.gatherlab.scenario.ScenarioFiles;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's validation is the scenario reader's: every message (and its JSON path) is exactly the command line's
 * for the file the scenario would be saved as ({@link ScenarioFiles#problems}, which reads back only what might be
 * wrong).
 */
public final class ScenarioCheck {
    static final Pattern TASK_PATH = Pattern.compile("tasks\\[(\\d+)](?:\\.(\\w+))?");
    static final Pattern RUN_PATH = Pattern.compile("runs\\[(\\d+)](?:\\.(\\w+))?");
    private static final List<String> TOP = List.of("format", "name", "description", "seed", "tasks", "runs");

    private ScenarioCheck() {}

    /** Every problem the reader finds in the scenario, in document order; empty when it can be saved and run. */
    public static List<Problem> problems(Scenario scenario, String fileLabel) {
        return ScenarioFiles.problems(scenario, fileLabel);
    }

    /** Document order by path: top-level fields, then tasks by index and field, then runs; unknown paths last. */
    static final Comparator<Problem> DOCUMENT_ORDER = Comparator
            .comparingInt((Problem p) -> section(p.path()))
            .thenComparingInt(p -> index(p.path()))
            .thenComparingInt(p -> field(p.path()));

    private static int section(String path) {
        if (path.startsWith("tasks")) return 1 + TOP.indexOf("tasks");
        if (path.startsWith("runs")) return 1 + TOP.indexOf("runs");
        int top = TOP.indexOf(path);
        return top >= 0 ? 1 + top : 99;
    }

    private static int index(String path) {
        Matcher m = TASK_PATH.matcher(path);
        if (m.matches()) return Integer.parseInt(m.group(1));
        m = RUN_PATH.matcher(path);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static int field(String path) {
        Matcher m = TASK_PATH.matcher(path);
        if (m.matches()) return m.group(2) == null ? -1 : TaskField.fromJson(m.group(2)).map(Enum::ordinal).orElse(99);
        m = RUN_PATH.matcher(path);
        if (m.matches()) return m.group(2) == null ? -1 : RunField.fromJson(m.group(2)).map(Enum::ordinal).orElse(99);
        return -1;
    }
}
