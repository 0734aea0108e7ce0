package org.gatherlab.app.editor;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.gatherlab.engine.Scenario;

/**
 * Undo and redo as whole scenarios. A scenario is immutable and its tasks are shared between snapshots, so a step
 * costs a list of references, not a copy of the tasks. Every change of the scenario's value is a step, except inside
 * a group ({@link #begin()} .. {@link #end()}): a drag on the timeline that sets a duration sixty times a second is
 * one step. Typed text that is not a value yet (a draft) changes no value, so it is no step.
 *
 * <p>Bounded twice: at most {@value #MAX_STEPS} steps, and at most {@value #MAX_TASKS_KEPT} task references over all
 * kept snapshots (a few dozen steps of a 100,000-task scenario), the oldest dropped first.
 */
final class EditHistory {
    static final int MAX_STEPS = 200;
    static final long MAX_TASKS_KEPT = 4_000_000;

    private final Deque<Scenario> undo = new ArrayDeque<>();
    private final Deque<Scenario> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private Scenario current;
    private int depth;
    /** Inside a group: whether its first change has pushed the state before the group. */
    private boolean groupPushed;
    private long tasksKept;

    ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    /** A new scenario (New, Open, a lesson): nothing before it to go back to. */
    void reset(Scenario now) {
        undo.clear();
        redo.clear();
        tasksKept = 0;
        current = now;
        depth = 0;
        groupPushed = false;
        show();
    }

    /** After every change: the scenario as it is now. */
    void changed(Scenario now) {
        if (current == null) {
            current = now;
            return;
        }
        if (now.equals(current)) return;
        if (depth == 0 || !groupPushed) {
            push(undo, current);
            groupPushed = depth > 0;
        }
        redo.clear();
        current = now;
        trim();
        show();
    }

    /** The changes until the matching {@link #end()} are one step. Groups nest; the outermost counts. */
    void begin() {
        if (depth++ == 0) groupPushed = false;
    }

    void end() {
        if (depth == 0) return;
        if (--depth == 0 && groupPushed && current.equals(undo.peek())) {
            // A drag that came back to where it started: no step.
            tasksKept -= undo.pop().tasks().size();
            show();
        }
    }

    boolean inGroup() { return depth > 0; }

    /** The scenario to go back to, or null; it becomes the current one. */
    Scenario undo() {
        if (undo.isEmpty()) return null;
        depth = 0;
        push(redo, current);
        current = pop(undo);
        show();
        return current;
    }

    /** The scenario an undo left, or null. */
    Scenario redo() {
        if (redo.isEmpty()) return null;
        depth = 0;
        push(undo, current);
        current = pop(redo);
        show();
        return current;
    }

    private void push(Deque<Scenario> to, Scenario s) {
        to.push(s);
        tasksKept += s.tasks().size();
    }

    private Scenario pop(Deque<Scenario> from) {
        Scenario s = from.pop();
        tasksKept -= s.tasks().size();
        return s;
    }

    private void trim() {
        while (undo.size() > 1 && (undo.size() + redo.size() > MAX_STEPS || tasksKept > MAX_TASKS_KEPT)) {
            tasksKept -= undo.removeLast().tasks().size();
        }
    }

    private void show() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
