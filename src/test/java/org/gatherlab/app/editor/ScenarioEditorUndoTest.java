package org.gatherlab.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;

/** Undo and redo of every kind of edit, without the toolkit. */
class ScenarioEditorUndoTest {
    private final ScenarioEditorModel model = new ScenarioEditorModel(BackgroundWork.direct(), () -> 7, Messages.english());
    private final Scenario start = model.scenario();

    @Test void aFreshScenarioHasNothingToUndoAndSaysSo() {
        assertFalse(model.canUndoProperty().get());
        assertFalse(model.undo());
        assertEquals("Nothing to undo", model.messageProperty().get());
        assertFalse(model.redo());
        assertEquals("Nothing to redo", model.messageProperty().get());
    }

    @Test void tableEditsUndoOneByOneAndRedoBack() {
        model.editTask(2, TaskField.DURATION_MS, "900");
        model.setTaskKind(3, TaskKind.CPU);
        Scenario edited = model.scenario();
        assertTrue(model.canUndoProperty().get());

        assertTrue(model.undo());
        assertEquals(TaskKind.IO, model.tasks().get(3).task().kind());
        assertEquals(900, model.tasks().get(2).task().durationMs());
        assertTrue(model.undo());
        assertEquals(start, model.scenario());
        assertFalse(model.canUndoProperty().get());
        assertTrue(model.canRedoProperty().get());

        assertTrue(model.redo());
        assertTrue(model.redo());
        assertEquals(edited, model.scenario());
        assertFalse(model.canRedoProperty().get());
        assertTrue(model.validProperty().get());
    }

    @Test void undoKeepsTheRowsSoTheTableKeepsItsSelection() {
        TaskRow c = model.tasks().get(2);
        model.editTask(2, TaskField.DURATION_MS, "900");
        model.undo();
        assertSame(c, model.tasks().get(2), "the same row object, its state put back");
        assertEquals(400, c.task().durationMs());
    }

    @Test void addingDeletingAndMovingRowsUndo() {
        model.addTask(4);
        model.deleteTasks(List.of(0));
        model.moveTasks(List.of(0), 1);
        model.undo();
        model.undo();
        model.undo();
        assertEquals(start, model.scenario());
    }

    @Test void runOptionsAndStrategyUndo() {
        model.setStrategy(1, Strategy.TASKGROUP);
        model.editRun(0, RunField.TIMEOUT_MS, "250");
        model.addRun(Strategy.WAIT);
        assertEquals(4, model.runs().size());
        model.undo();
        assertEquals(3, model.runs().size());
        assertEquals(250.0, model.runs().get(0).run().timeoutMs());
        model.undo();
        model.undo();
        assertEquals(start.runs(), model.scenario().runs());
    }

    @Test void generatedTasksAreOneStep() {
        model.replaceTasks(List.of(TaskSpec.io("G1", 10), TaskSpec.io("G2", 20)));
        assertEquals(2, model.tasks().size());
        model.undo();
        assertEquals(start.tasks(), model.scenario().tasks());
    }

    @Test void aGroupOfEditsIsOneStepAndAGroupThatEndsWhereItBeganIsNone() {
        model.beginEdit();
        for (int d = 210; d <= 400; d += 10) model.editTask(1, TaskField.DURATION_MS, Integer.toString(d));
        model.endEdit();
        assertEquals(400, model.tasks().get(1).task().durationMs());
        model.undo();
        assertEquals(200, model.tasks().get(1).task().durationMs(), "the whole drag, undone at once");
        assertFalse(model.canUndoProperty().get());

        model.beginEdit();
        model.editTask(1, TaskField.DURATION_MS, "300");
        model.editTask(1, TaskField.DURATION_MS, "200");
        model.endEdit();
        assertFalse(model.canUndoProperty().get(), "back where it began: no step");
        assertTrue(model.canRedoProperty().get() == false, "a change clears redo");
    }

    @Test void typedTextThatIsNoValueIsNoStepAndUndoClearsIt() {
        model.editTask(1, TaskField.DURATION_MS, "300");
        model.editTask(2, TaskField.DURATION_MS, "abc");
        assertFalse(model.validProperty().get());
        model.undo();
        assertEquals(200, model.tasks().get(1).task().durationMs(), "the draft was no step: the duration edit is undone");
        assertTrue(model.tasks().get(2).state().drafts().isEmpty());
        assertTrue(model.validProperty().get());
    }

    @Test void aNewScenarioCannotBeUndone() {
        model.editTask(1, TaskField.DURATION_MS, "300");
        model.load(Scenario.of("Other", List.of(TaskSpec.io("X", 1)), List.of(RunSpec.of(Strategy.GATHER))));
        assertFalse(model.canUndoProperty().get());
        assertFalse(model.canRedoProperty().get());
    }
}
