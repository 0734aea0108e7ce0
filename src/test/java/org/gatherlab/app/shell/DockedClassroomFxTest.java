package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.gatherlab.app.fx.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom docked in the real main window (headless, 1280×800): Lessons from the menu opens the side panel's
 * lesson tab beside the timeline (never over it, no second window), a lesson shows its question there, and the
 * presenter's keys (P, ?, L) work with the focus in the classroom.
 */
@ExtendWith(ApplicationExtension.class)
class DockedClassroomFxTest {
    private GatherLabApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxAppUnderTest.started(stage, "gatherlab-docked");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void lessonsOpenFromTheMenuBesideTheTimelineAndThePresenterKeysWorkThere(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        robot.clickOn("_Classroom").clickOn("_Lessons");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane side = robot.lookup("#side-panel").queryAs(TabPane.class);
        assertEquals("lessons-tab", side.getSelectionModel().getSelectedItem().getId());
        assertTrue(robot.lookup("#lesson-search").queryAs(TextField.class).isFocused(), "type to filter at once");
        assertEquals(1, Window.getWindows().size(), "no second window");

        robot.write("the others").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> "predict-tab".equals(side.getSelectionModel().getSelectedItem().getId()));
        assertEquals("gather doesn't cancel the others", robot.lookup("#prediction-title").queryAs(Label.class).getText());
        Node timeline = robot.lookup(".comparison-host .timeline").query();
        assertNotNull(timeline.getScene(), "the timeline is on screen");
        Bounds panel = side.localToScene(side.getLayoutBounds());
        Bounds picture = timeline.localToScene(timeline.getLayoutBounds());
        assertTrue(panel.getMaxX() <= picture.getMinX() + 0.5, "the panel is beside the timeline, not over it: " + panel + " " + picture);
        shot("docked-classroom-predict.png");

        // P with the focus on the prediction's answers: presenter mode; the question stays, as a drawer.
        assertTrue(robot.lookup("#prediction-title").query().getScene().getFocusOwner() != null);
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("presenter"));
        assertTrue(side.getScene() != null && side.getParent() != null, "the question stays in presenter mode");
        // Full screen says how to leave in the window's language, and Esc (which closes the key list) does not leave.
        assertEquals("Presenter mode: press P to leave it", stage.getFullScreenExitHint());
        assertEquals(javafx.scene.input.KeyCombination.NO_MATCH, stage.getFullScreenExitKeyCombination());
        // ? shows the keys, Lessons among them; Esc hides them.
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        // A keyboard layout without ? on Shift+/: the menu item does the same.
        if (!robot.lookup("#keys-overlay").query().isVisible()) robot.clickOn("_Classroom").clickOn("Classroom _Keys (?)");
        assertTrue(robot.lookup("#keys-overlay").query().isVisible());
        List<String> described = robot.lookup(".key-description").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(described.contains("Lessons: open one in the side panel"), described.toString());
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("presenter"));
        // L from the comparison area: the lesson list again.
        robot.interact(() -> timeline.requestFocus());
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("lessons-tab", side.getSelectionModel().getSelectedItem().getId());
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Screenshots.write(image, Screenshots.dir().resolve(name));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(10, condition);
    }
}
