package org.gatherlab.app.editor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatherlab.engine.TaskSpec;

import java.util.Map;
import java.util.Objects;

/**
 * One row of the task table. The row object stays the same while the task is edited, moved or re-checked (so
 * the table keeps its selection); what changes is its {@link State}, one immutable value that every cell of the
 * row shows a part of. One property per row keeps 100,000 rows light.
 */
public final class TaskRow {
    /**
     * @param task     the task as the model holds it (the last value each field could take)
     * @param drafts   text typed into a field that could not become a value, shown instead of the value
     * @param problems per field, the reader's problems as {@code path: message}, one per line
     * @param fails    whether this task fails with the scenario's seed (the contract's SplitMix64 draw)
     */
    public record State(TaskSpec task, Map<TaskField, String> drafts, Map<TaskField, String> problems, boolean fails) {
        public State {
            Objects.requireNonNull(task, "task");
            drafts = Map.copyOf(drafts);
            problems = Map.copyOf(problems);
        }

        /** What the field shows: the draft if there is one, else the value. */
        public String text(TaskField field) {
            String draft = drafts.get(field);
            return draft != null ? draft : field.format(task);
        }

        /** The field's problems ({@code tasks[2].durationMs: must be ...}), or null when it has none. */
        public String problem(TaskField field) { return problems.get(field); }

        public boolean hasProblems() { return !problems.isEmpty(); }

        State withTask(TaskSpec t) { return new State(t, drafts, problems, fails); }

        State withDrafts(Map<TaskField, String> d) { return new State(task, d, problems, fails); }

        State withProblems(Map<TaskField, String> p) { return new State(task, drafts, p, fails); }

        State withFails(boolean f) { return new State(task, drafts, problems, f); }
    }

    private final ReadOnlyObjectWrapper<State> state;

    TaskRow(TaskSpec task) {
        state = new ReadOnlyObjectWrapper<>(this, "state", new State(task, Map.of(), Map.of(), false));
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public State state() { return state.get(); }

    public TaskSpec task() { return state.get().task(); }

    void set(State s) {
        if (!s.equals(state.get())) state.set(s);
    }

    @Override
    public String toString() { return "TaskRow" + state.get(); }
}
