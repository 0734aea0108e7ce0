package org.gatherlab.app.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.engine.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A task's kind changed in the real window's table, with the mouse (double-click, pick from the list) and with the
 * keyboard (F2 or Enter opens the list; a typed i picks io at once), with nothing thrown on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class TaskKindEditingFxTest {
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private GatherLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        // What would otherwise only be printed on stderr (a handler's exception) fails the test.
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        app = FxAppUnderTest.started(stage, "gatherlab-kind");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void aKindPickedFromTheListWithTheMouseIsSaved(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        robot.doubleClickOn(kindCell(robot, 2));
        waitUntil(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        Screenshots.write(WaitForAsyncUtils.asyncFx(() -> robot.window(0).getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS),
                Screenshots.dir().resolve("kind-list-open.png"));
        robot.clickOn(menuItem(robot, "cpu"));
        waitUntil(() -> app.editor().tasks().get(2).task().kind() == TaskKind.CPU);
        assertEquals("cpu", kindCell(robot, 2).getText());
        assertEquals(List.of(), thrown);
    }

    @Test
    void theKeyboardOpensTheListWithF2OrEnterAndATypedLetterPicksAtOnce(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        robot.clickOn(kindCell(robot, 1));
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> app.editor().tasks().get(1).task().kind() == TaskKind.CPU);

        // Enter opens it too; Esc leaves the kind as it was.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TaskKind.CPU, app.editor().tasks().get(1).task().kind());

        // Typing on the focused cell, as in a spreadsheet: "i" is io. ("c" is the presenter's class-session key, which
        // wins on a cell that is not being edited: PresenterKeysOnTheTableFxTest.)
        robot.write("i");
        waitUntil(() -> app.editor().tasks().get(1).task().kind() == TaskKind.IO);
        assertEquals(List.of(), thrown);
    }

    @Test
    void aNewScenarioLeavesNothingOfTheOldRunOptions(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        javafx.scene.control.TextField timeout = robot.lookup("#timeoutField").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(timeout).write("-1").type(KeyCode.ENTER);
        waitUntil(() -> !app.editor().checkingProperty().get() && !app.editor().problems().isEmpty());
        assertTrue(timeout.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("invalid")));

        // The field still has the focus when the scenario is replaced (File > New, discarding).
        robot.interact(() -> app.editor().load(org.gatherlab.app.editor.DefaultScenario.create()));
        waitUntil(() -> app.editor().validProperty().get());
        assertEquals("", timeout.getText());
        assertTrue(!timeout.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("invalid")));
        assertEquals(0, robot.lookup(".run-list").queryListView().getSelectionModel().getSelectedIndex());
        robot.clickOn(kindCell(robot, 0));
        assertEquals(null, app.editor().runs().get(0).run().timeoutMs(), "leaving the field commits nothing of the old scenario");
        assertEquals(List.of(), thrown);
    }

    private static TableCell<?, ?> kindCell(FxRobot robot, int row) {
        return robot.lookup(".task-kind-cell").match((TableCell<?, ?> c) -> c.getIndex() == row && !c.isEmpty()).query();
    }

    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .menu-item").match((Node n) -> n.lookup(".label") instanceof Label l && text.equals(l.getText()))
                .queryAs(Node.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(10, condition);
    }
}
