package org.gatherlab.app.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.gatherlab.scenario.JsonPath;
import org.gatherlab.scenario.Problem;

/**
 * Where the editor's problems go: the reader's problems and the fields' own (typed text that is no value yet) on the
 * cells their JSON paths name ({@code tasks[2].durationMs}), and all of them, in document order, in one list. Only
 * rows whose problems changed are touched, so a 100,000-row table is not redrawn for one bad cell.
 */
final class ProblemPlacement {
    /** Rows that show a problem now (the next placement clears those that no longer have one). */
    private final Set<TaskRow> rowsWithProblems = Collections.newSetFromMap(new IdentityHashMap<>());

    void forget(TaskRow row) { rowsWithProblems.remove(row); }

    void clear() { rowsWithProblems.clear(); }

    /**
     * @param seedDraft     the seed field's text when it is no integer, else null
     * @param seedMessage   what is wrong with it
     * @param anyTaskDrafts whether some task row holds a draft (else the rows are not walked for drafts)
     * @return every problem, in document order
     */
    List<Problem> place(List<Problem> found, String fileLabel, String seedDraft, String seedMessage, boolean anyTaskDrafts,
                        List<TaskRow> taskRows, List<RunRow> runRows) {
        List<Problem> all = new ArrayList<>();
        Set<String> draftPaths = new HashSet<>();
        if (seedDraft != null) {
            all.add(new Problem(fileLabel, new JsonPath("seed"), seedMessage));
            draftPaths.add("seed");
        }
        for (int i = 0; i < taskRows.size() && anyTaskDrafts; i++) {
            TaskRow.State s = taskRows.get(i).state();
            for (var draft : new TreeSet<>(s.drafts().keySet())) {
                String path = taskPath(i, draft);
                all.add(new Problem(fileLabel, new JsonPath(path), draftMessage(draft, s)));
                draftPaths.add(path);
            }
        }
        for (int j = 0; j < runRows.size(); j++) {
            RunRow.State s = runRows.get(j).state();
            for (var draft : new TreeSet<>(s.drafts().keySet())) {
                String path = runPath(j, draft);
                all.add(new Problem(fileLabel, new JsonPath(path), draftMessage(draft, s)));
                draftPaths.add(path);
            }
        }
        // A field holding a draft still has its last value in the scenario: the reader's word on that is stale.
        for (Problem p : found) if (!draftPaths.contains(p.path())) all.add(p);
        all.sort(ScenarioCheck.DOCUMENT_ORDER);

        Map<Integer, Map<TaskField, String>> byTask = new HashMap<>();
        Map<Integer, Map<RunField, String>> byRun = new HashMap<>();
        for (Problem p : all) {
            Matcher m = ScenarioCheck.TASK_PATH.matcher(p.path());
            if (m.matches() && m.group(2) != null) {
                int i = Integer.parseInt(m.group(1));
                TaskField.fromJson(m.group(2)).ifPresent(f ->
                        byTask.computeIfAbsent(i, k -> new EnumMap<>(TaskField.class)).merge(f, cellText(p), (a, b) -> a + "\n" + b));
                continue;
            }
            m = ScenarioCheck.RUN_PATH.matcher(p.path());
            if (m.matches() && m.group(2) != null) {
                int j = Integer.parseInt(m.group(1));
                RunField.fromJson(m.group(2)).ifPresent(f ->
                        byRun.computeIfAbsent(j, k -> new EnumMap<>(RunField.class)).merge(f, cellText(p), (a, b) -> a + "\n" + b));
            }
        }
        Set<TaskRow> stale = Collections.newSetFromMap(new IdentityHashMap<>());
        stale.addAll(rowsWithProblems);
        rowsWithProblems.clear();
        for (var e : byTask.entrySet()) {
            if (e.getKey() >= taskRows.size()) continue;
            TaskRow row = taskRows.get(e.getKey());
            row.set(row.state().withProblems(e.getValue()));
            rowsWithProblems.add(row);
            stale.remove(row);
        }
        for (TaskRow row : stale) row.set(row.state().withProblems(Map.of()));
        for (int j = 0; j < runRows.size(); j++) {
            RunRow row = runRows.get(j);
            row.set(row.state().withProblems(byRun.getOrDefault(j, Map.of())));
        }
        return all;
    }

    private static String draftMessage(TaskField field, TaskRow.State s) {
        try {
            field.parse(s.task(), s.drafts().get(field));
            return "is not a value";
        } catch (InvalidInput e) {
            return e.getMessage();
        }
    }

    private static String draftMessage(RunField field, RunRow.State s) {
        try {
            field.parse(s.run(), s.drafts().get(field));
            return "is not a value";
        } catch (InvalidInput e) {
            return e.getMessage();
        }
    }

    static String cellText(Problem p) { return p.path() + ": " + p.message(); }

    static String taskPath(int index, TaskField field) { return "tasks[" + index + "]." + field.json(); }

    static String runPath(int index, RunField field) { return "runs[" + index + "]." + field.json(); }
}
