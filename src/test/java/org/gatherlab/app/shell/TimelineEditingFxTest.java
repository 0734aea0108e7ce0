package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.Primitive;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.engine.TaskState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "done when", in the real window (headless, 1280×800): drag B's bar longer on the timeline and every run
 * is laid out again, click C's end marker and C fails, then undo both with Ctrl+Z. Screenshots after each step, in
 * each look a class may see: light and dark, English and Spanish, presenter mode (its high contrast, 200 %).
 */
@ExtendWith(ApplicationExtension.class)
class TimelineEditingFxTest {
    private GatherLabApp app;

    /** As LiveClassFxTest: the app's first frame is about 2 s of CPU, over TestFX's default 30 s on a loaded 2-core box. */
    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        app = FxAppUnderTest.started(stage, "gatherlab-fx");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    /** A look of the window; {@code suffix} names its screenshots (the light English one keeps the plain names). */
    record Look(String suffix, Theme theme, String language, boolean presenter) {}

    static final List<Look> LOOKS = List.of(new Look("", Theme.LIGHT, "en", false), new Look("-dark", Theme.DARK, "en", false),
            new Look("-es", Theme.LIGHT, "es", false), new Look("-presenter", Theme.LIGHT, "en", true),
            new Look("-presenter-dark-es", Theme.DARK, "es", true));

    @Test
    void dragBsEndLongerClickCsEndToFailItAndUndoBoth(FxRobot robot) throws Exception {
        waitUntil(() -> app.comparison().timelineRuns().size() == 3 && !app.comparison().playback().isEmpty());
        Stage stage = (Stage) robot.lookup(".main-window").query().getScene().getWindow();
        for (Look look : LOOKS) {
            robot.interact(() -> {
                app.appearance().setTheme(look.theme());
                app.messages().setLocale(Locale.forLanguageTag(look.language()));
                app.classroom().presenter().setOn(look.presenter());
                stage.setFullScreen(false);   // presenter mode asks for full screen; the test keeps 1280x800
            });
            editAndUndo(robot, look.suffix());
        }
        robot.interact(() -> {
            app.classroom().presenter().setOn(false);
            app.messages().setLocale(Locale.ENGLISH);
        });
    }

    private void editAndUndo(FxRobot robot, String suffix) throws Exception {
        // The whole picture (a new scenario waits at 0 ms for the class to predict).
        robot.interact(() -> app.comparison().playback().scrub(app.comparison().playback().getEndMs()));
        TimelineCanvas timeline = robot.lookup("#timeline").queryAs(TimelineCanvas.class);
        waitUntil(() -> timeline.getFrame() != null && !timeline.getFrame().all(Primitive.EndGlyph.class).isEmpty());
        double before = app.comparison().playback().getEndMs();

        // The drag is delivered to the canvas as the toolkit's mouse events: under Monocle a robot's press-and-move
        // starts the platform's drag-and-drop, whose clipboard class javafx.graphics does not export to the tests.
        Point2D b = endInCanvas(timeline, 1);
        robot.moveTo(timeline.localToScreen(b));
        robot.interact(() -> mouse(timeline, MouseEvent.MOUSE_PRESSED, b.getX(), b.getY()));
        for (int dx = 10; dx <= 100; dx += 10) {
            int step = dx;
            robot.interact(() -> mouse(timeline, MouseEvent.MOUSE_DRAGGED, b.getX() + step, b.getY()));
        }
        waitUntil(() -> app.editor().tasks().get(1).task().durationMs() > 200 && gatherEndOf(1) == app.editor().tasks().get(1).task().durationMs());
        robot.interact(() -> mouse(timeline, MouseEvent.MOUSE_RELEASED, b.getX() + 100, b.getY()));
        double longer = app.editor().tasks().get(1).task().durationMs();
        assertEquals(0, longer % 10, "snapped to 10 ms: " + longer);
        assertEquals(300 + longer, endOf(0, 1), "sequential re-laid: B runs after A");
        waitUntil(() -> !app.editor().checkingProperty().get());
        assertTrue(app.documents().dirtyProperty().get());
        shot(robot, "timeline-drag-b-longer" + suffix + ".png");

        Point2D c = timeline.localToScreen(endInCanvas(timeline, 2));
        robot.moveTo(c).clickOn(MouseButton.PRIMARY);
        waitUntil(() -> app.editor().tasks().get(2).task().failureRate() == 1
                && app.comparison().timelineRuns().get(1).lanes().lanes().get(2).end() == TaskState.FAILED);
        waitUntil(() -> !app.editor().checkingProperty().get());
        shot(robot, "timeline-click-c-fails" + suffix + ".png");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> app.editor().tasks().get(1).task().durationMs() == 200 && app.editor().tasks().get(2).task().failureRate() == 0
                && gatherEndOf(1) == 200);
        assertFalse(app.editor().canUndoProperty().get());
        assertTrue(app.editor().canRedoProperty().get());
        assertFalse(app.documents().dirtyProperty().get(), "undone back to what was opened: no unsaved changes");
        Stage window = (Stage) robot.lookup(".main-window").query().getScene().getWindow();
        assertFalse(WaitForAsyncUtils.asyncFx(window::getTitle).get(10, TimeUnit.SECONDS).startsWith("•"), "the title's unsaved mark goes");
        assertEquals(before, app.comparison().playback().getEndMs());
        shot(robot, "timeline-undo-both" + suffix + ".png");
    }

    private static void shot(FxRobot robot, String name) throws Exception {
        javafx.scene.Node window = robot.lookup(".main-window").query();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(window, name)).get(20, TimeUnit.SECONDS);
    }

    private double gatherEndOf(int task) { return endOf(1, task); }

    private double endOf(int run, int task) {
        return app.comparison().timelineRuns().get(run).lanes().lanes().get(task).endMs();
    }

    private static void mouse(TimelineCanvas on, javafx.event.EventType<MouseEvent> type, double x, double y) {
        // Scene coordinates: delivery turns them into the canvas's own.
        Point2D scene = on.localToScene(x, y), screen = on.localToScreen(x, y);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        Event.fireEvent(on, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, true, false, true, null));
    }

    /**
     * Where task {@code task}'s end marker is, in the canvas's coordinates: gather's (run 1), or in presenter mode, where
     * the lanes are twice as tall and gather's are below the fold, the first run's that is drawn (any run's marker edits
     * the task).
     */
    private static Point2D endInCanvas(TimelineCanvas timeline, int task) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Frame f = timeline.getFrame();
            var ends = f.all(Primitive.EndGlyph.class).stream().filter(e -> e.task() == task && e.cy() * f.viewport().scale() < timeline.getHeight() - 8).toList();
            Primitive.EndGlyph g = ends.stream().filter(e -> e.run() == 1).findFirst().orElseGet(() -> ends.stream().findFirst().orElseThrow(
                    () -> new AssertionError("no end marker of task " + task + " is drawn: " + f.all(Primitive.EndGlyph.class))));
            double s = f.viewport().scale();
            return new Point2D(g.x() * s, g.cy() * s);
        }).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(20, condition);
    }
}
