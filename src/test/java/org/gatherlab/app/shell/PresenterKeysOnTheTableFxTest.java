package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.gatherlab.app.classroom.live.LiveClassModel;
import org.gatherlab.app.classroom.predict.PredictionModel;
import org.gatherlab.engine.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter's typed keys on the task table (issue 13): a cell that is not being edited is not typing, so C there
 * starts the class session and leaves the kind alone; in a cell being edited, C is a letter of the value.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterKeysOnTheTableFxTest {
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private GatherLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        // What would otherwise only be printed on stderr (a handler's exception) fails the test.
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        app = FxAppUnderTest.started(stage, "gatherlab-keys-table");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);   // closes the class session and its server
    }

    @Test
    void cOnACellNotBeingEditedStartsTheClassSessionAndInAnEditedCellItIsALetter(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        robot.interact(() -> app.classroom().showLessons());
        robot.write("the others").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> app.classroom().prediction().phase() == PredictionModel.Phase.PREDICTING);
        waitUntil(() -> app.editor().validProperty().get());
        TaskKind before = app.editor().tasks().get(1).task().kind();
        // The lesson opens on its question; the table is on the Scenario tab.
        TabPane side = robot.lookup("#side-panel").queryAs(TabPane.class);
        Tab scenario = side.getTabs().stream().filter(t -> "editor-tab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> app.classroom().showTab(scenario));
        TableView<?> table = robot.lookup(".task-table").queryAs(TableView.class);
        waitUntil(() -> table.isVisible() && table.getScene() != null && cell(robot, ".task-kind-cell", 1).localToScreen(0, 0) != null);

        // A name being edited: C is a letter of it, and no class session starts.
        String name = app.editor().tasks().get(1).task().name();
        robot.clickOn(cell(robot, ".table-cell", 1, name));
        robot.type(KeyCode.F2);
        waitUntil(() -> table.getEditingCell() != null && robot.lookup(".task-table .text-field").tryQuery().isPresent());
        TextField field = robot.lookup(".task-table .text-field").queryAs(TextField.class);
        robot.write("c");
        waitUntil(() -> field.getText().endsWith("c"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LiveClassModel.State.OFF, app.live().model().state(), "typing in a cell is not a shortcut");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table.getEditingCell() == null);
        assertEquals(name, app.editor().tasks().get(1).task().name());

        // A cell not being edited: C starts the class session and the kind is left alone.
        robot.clickOn(cell(robot, ".task-kind-cell", 1));
        waitUntil(table::isFocused);   // the key goes to the table, not to some other control
        robot.write("c");
        waitUntil(() -> app.live().model().state() == LiveClassModel.State.OPEN);
        assertEquals(before, app.editor().tasks().get(1).task().kind(), "the kind is left alone");
        assertEquals(List.of(), thrown);
    }

    private static TableCell<?, ?> cell(FxRobot robot, String query, int row) {
        return robot.lookup(query).match((TableCell<?, ?> c) -> c.getIndex() == row && !c.isEmpty()).query();
    }

    private static TableCell<?, ?> cell(FxRobot robot, String query, int row, String text) {
        return robot.lookup(query).match((TableCell<?, ?> c) -> c.getIndex() == row && text.equals(c.getText())).query();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(30, condition);   // the whole app and a server on a loaded box: it only waits
    }
}
