package org.gatherlab.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javafx.collections.ObservableList;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.TaskSpec;

/** The editor's row arithmetic: which indices are real, and moving a block of rows one place. */
final class RowMoves {
    private RowMoves() {}

    /** The indices that name a row, ascending, each once. */
    static List<Integer> validIndices(Collection<Integer> indices, int size) {
        return new TreeSet<>(indices).stream().filter(i -> i >= 0 && i < size).toList();
    }

    /** Moves the rows at {@code sorted} one place as a block, with one removal and one addition. */
    static <R> List<Integer> move(ObservableList<R> rows, List<Integer> sorted, int delta) {
        if (sorted.isEmpty() || delta == 0) return sorted;
        int step = delta < 0 ? -1 : 1;
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        if ((step < 0 && first == 0) || (step > 0 && last == rows.size() - 1)) return sorted;
        int from = step < 0 ? first - 1 : first;
        int to = step < 0 ? last : last + 1; // inclusive
        Set<Integer> chosen = new HashSet<>(sorted);
        List<R> moving = new ArrayList<>();
        List<R> staying = new ArrayList<>();
        for (int i = from; i <= to; i++) (chosen.contains(i) ? moving : staying).add(rows.get(i));
        // Within [from, to] the chosen rows shift by one; the others close the gap on the far side.
        List<R> arranged = new ArrayList<>(to - from + 1);
        List<Integer> moved = new ArrayList<>(sorted.size());
        int mi = 0;
        int si = 0;
        for (int i = from; i <= to; i++) {
            int original = i - step;
            boolean takeMoving = original >= from && original <= to && chosen.contains(original);
            if (takeMoving) {
                arranged.add(moving.get(mi++));
                moved.add(i);
            } else {
                arranged.add(staying.get(si++));
            }
        }
        rows.remove(from, to + 1);
        rows.addAll(from, arranged);
        return moved;
    }

    /**
     * Puts the tasks into the rows there are: a row whose task did not change keeps its state (so the table keeps its
     * selection and scroll), the others lose their drafts and problems. Only when the count differs are the rows made
     * again; returns whether they were kept.
     */
    static boolean restoreTasks(ObservableList<TaskRow> rows, List<TaskSpec> tasks) {
        if (tasks.size() != rows.size()) {
            List<TaskRow> fresh = new ArrayList<>(tasks.size());
            for (TaskSpec t : tasks) fresh.add(new TaskRow(t));
            rows.setAll(fresh);
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            TaskRow row = rows.get(i);
            TaskSpec t = tasks.get(i);
            if (!row.task().equals(t) || !row.state().drafts().isEmpty()) row.set(new TaskRow.State(t, Map.of(), Map.of(), row.state().fails()));
        }
        return true;
    }

    /** The same for the runs. */
    static void restoreRuns(ObservableList<RunRow> rows, List<RunSpec> runs) {
        if (runs.size() != rows.size()) {
            rows.setAll(runs.stream().map(RunRow::new).toList());
            return;
        }
        for (int j = 0; j < rows.size(); j++) {
            RunRow row = rows.get(j);
            RunSpec r = runs.get(j);
            if (!row.run().equals(r) || !row.state().drafts().isEmpty()) row.set(new RunRow.State(r, Map.of(), Map.of()));
        }
    }
}
