package org.gatherlab.app.shell;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gatherlab.app.fx.Dialogs;
import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.fx.UiPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launched app's start-up (issue 10): the window shows at once with the shell (menu titles, the toolbar's and
 * status bar's bands), and the main window is built after that frame and put into the same scene, with nothing of
 * the usual start lost (the app's stylesheets, the title, the starter scenario checked and ready to run). Saves the
 * shell's picture as {@code startup-shell-light.png}.
 */
@ExtendWith(ApplicationExtension.class)
class StartupShellFxTest {
    private GatherLabApp app;
    private Stage stage;
    private Scene scene;
    private Parent shell;
    private boolean showingWithShell;
    private boolean builtAtOnce;
    private Path shot;

    @Start
    void start(Stage stage) throws Exception {
        FxAppUnderTest.englishHomeAt1280x800("gatherlab-startup");
        this.stage = stage;
        app = new GatherLabApp();
        app.start(stage, true);
        scene = stage.getScene();
        shell = scene.getRoot();
        showingWithShell = stage.isShowing();
        builtAtOnce = app.window() != null;
        shot = Screenshots.save(shell, "startup-shell-light.png");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void theWindowShowsTheShellFirstThenTheMainWindowInTheSameScene(FxRobot robot) throws Exception {
        assertTrue(showingWithShell, "the window is shown before the main window is built");
        assertFalse(builtAtOnce, "the main window is built after the first frame, not before");
        assertTrue(shell.getStyleClass().contains("startup-shell"));
        assertEquals(List.of("File", "Edit", "Run", "View", "Classroom", "Help"),
                shell.lookupAll(".startup-menu").stream().map(n -> ((Text) n).getText()).toList());
        assertTrue(shot.toFile().length() > 0);
        // No control: a control's class would load a user-agent stylesheet (Primer's rules) before the first frame.
        assertFalse(holdsControl(shell), "the shell holds no control");

        FxAppUnderTest.waitUntil(30, () -> app.window() != null && app.editor().validProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(scene, stage.getScene(), "the main window goes into the scene the first frame showed");
        assertSame(app.window().getRoot(), scene.getRoot().lookup(".main-window"));
        assertNull(scene.getRoot().lookup(".startup-shell"));
        assertEquals(List.of(UiPart.resource(Dialogs.STYLESHEET), UiPart.resource(Dialogs.COLOURS)), scene.getStylesheets().subList(0, 2));
        assertEquals("untitled.gather.json — GatherLab", stage.getTitle());
        assertEquals(5, robot.lookup(".task-table").queryTableView().getItems().size());
        assertFalse(robot.lookup(".run-button").queryButton().isDisabled());
        assertNotNull(app.classroom());
        assertEquals(1280, scene.getWidth(), 0.5);
        assertEquals(800, scene.getHeight(), 0.5);
    }

    private static boolean holdsControl(javafx.scene.Node node) {
        if (node instanceof Control) return true;
        return node instanceof Parent p && p.getChildrenUnmodifiable().stream().anyMatch(StartupShellFxTest::holdsControl);
    }
}
