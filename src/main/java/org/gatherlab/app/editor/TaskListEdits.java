package org.gatherlab.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.collections.ObservableList;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.TaskSpec;

/**
 * The editor's commands on the task list as a whole ({@link ScenarioEditorModel} hands them on): add, copy, delete
 * and move rows, then tell the model once, which counts the revision, records the undo step and checks again.
 */
final class TaskListEdits {
    private final ObservableList<TaskRow> taskRows;
    private final Messages messages;
    private final Runnable changed;
    private final Consumer<String> say;
    private final Consumer<TaskRow> forget;

    /** @param forget told of every row deleted (the model drops what it knows of it) */
    TaskListEdits(ObservableList<TaskRow> taskRows, Messages messages, Runnable changed, Consumer<String> say, Consumer<TaskRow> forget) {
        this.taskRows = taskRows;
        this.messages = messages;
        this.changed = changed;
        this.say = say;
        this.forget = forget;
    }

    /** Adds a task (io, 200 ms, the first free name of A–Z, else T&lt;n&gt;) after {@code afterIndex} (-1: at the end). */
    int addTask(int afterIndex) {
        int at = afterIndex < 0 || afterIndex >= taskRows.size() ? taskRows.size() : afterIndex + 1;
        Set<String> used = TaskNames.names(taskRows);
        taskRows.add(at, new TaskRow(TaskSpec.io(TaskNames.freeName(used), 200)));
        changed.run();
        return at;
    }

    /** Copies each task right after itself, named "A copy", "A copy 2", ...; returns the copies' indices. */
    List<Integer> duplicateTasks(Collection<Integer> indices) {
        List<Integer> sorted = RowMoves.validIndices(indices, taskRows.size());
        if (sorted.isEmpty()) return List.of();
        Set<String> used = TaskNames.names(taskRows);
        List<Integer> copies = new ArrayList<>();
        int shift = 0;
        for (int i : sorted) {
            TaskSpec original = taskRows.get(i + shift).task();
            String copyName = TaskNames.copyName(messages, original.name(), used);
            used.add(copyName);
            taskRows.add(i + shift + 1, new TaskRow(original.withName(copyName)));
            shift++;
            copies.add(i + shift);
        }
        changed.run();
        return copies;
    }

    /** Deletes the tasks; returns the index to select next (-1 when none is left). */
    int deleteTasks(Collection<Integer> indices) {
        List<Integer> sorted = RowMoves.validIndices(indices, taskRows.size());
        if (sorted.isEmpty()) return -1;
        if (sorted.size() == taskRows.size()) {
            say.accept(messages.text("editor.lastTaskKept"));
            sorted = sorted.subList(1, sorted.size());
            if (sorted.isEmpty()) return 0;
        }
        for (int k = sorted.size() - 1; k >= 0; k--) {
            TaskRow removed = taskRows.remove((int) sorted.get(k));
            forget.accept(removed);
        }
        changed.run();
        return Math.min(sorted.get(0), taskRows.size() - 1);
    }

    /**
     * Moves the tasks one place up ({@code delta} -1) or down (+1) as a block; returns their new indices
     * (unchanged when the block is already at that end).
     */
    List<Integer> moveTasks(Collection<Integer> indices, int delta) {
        List<Integer> sorted = RowMoves.validIndices(indices, taskRows.size());
        List<Integer> moved = RowMoves.move(taskRows, sorted, delta);
        if (!moved.equals(sorted)) changed.run();
        return moved;
    }
}
