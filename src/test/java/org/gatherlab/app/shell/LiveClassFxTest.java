package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import io.nayuki.qrcodegen.QrCode;
import org.gatherlab.app.classroom.live.LiveClassModel;
import org.gatherlab.app.classroom.live.LiveClassroom;
import org.gatherlab.app.classroom.live.QrView;
import org.gatherlab.app.classroom.live.SimulatedStudents;
import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.fx.Words;
import org.gatherlab.live.ClassQuiz;
import org.gatherlab.live.ClassSession.Phase;
import org.gatherlab.live.Question;
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
 * The class session in the real window (headless), end to end: lesson 01 opened from the lesson list, presenter
 * mode, key C starts the session, three simulated students join over loopback HTTP with the code on the screen and
 * answer differently, Show results shows the split, Reveal plays the run on the timeline beside it, End session
 * stops the server. At 1280×800 in presenter mode, light and dark, English and Spanish (switched in place); the
 * screenshots go to {@code target/screenshots/live-class-*.png}.
 */
@ExtendWith(ApplicationExtension.class)
class LiveClassFxTest {
    private GatherLabApp app;
    private Stage stage;

    /**
     * The whole app's first frame takes about 2 s of CPU, but on a loaded 2-core machine (a load average of 20 or
     * more while other builds run) that was over TestFX's default 30 s of wall time: the margin is for the load,
     * not for this test's work.
     */
    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxAppUnderTest.started(stage, "gatherlab-live-fx");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void lightEnglish(FxRobot robot) throws Exception {
        walk(robot, Theme.LIGHT, Words.ENGLISH, false, "light-en");
    }

    @Test
    void darkSpanish(FxRobot robot) throws Exception {
        walk(robot, Theme.DARK, Words.SPANISH, false, "dark-es");
    }

    @Test
    void highContrastSpanish(FxRobot robot) throws Exception {
        walk(robot, Theme.LIGHT, Words.SPANISH, true, "high-contrast-es");
    }

    @Test
    void darkEnglishAndLightSpanishJoinScreensAndQuittingStopsTheServer(FxRobot robot) throws Exception {
        LiveClassroom live = openSession(robot, Theme.DARK, Words.ENGLISH, false);
        checkJoinScreen(live, "dark-en");
        robot.interact(() -> app.appearance().setTheme(Theme.LIGHT));
        robot.interact(() -> app.messages().setLocale(Words.SPANISH));
        checkJoinScreen(live, "light-es");

        // Quitting the app stops the server: the port is free once the app has stopped.
        int port = live.model().server().port();
        robot.interact(app::stop);
        assertEquals(LiveClassModel.State.OFF, live.model().state());
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByAddress(new byte[4]))) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void withNoLessonOpenTheMenuOffersTheLessonsAndStartsNothing(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".menu-bar .menu").nth(2).queryAs(Node.class));
        robot.clickOn(robot.lookup(".menu-item").match((Node n) -> n.lookup(".label") instanceof Label l
                && "Start class session".equals(l.getText())).queryAs(Node.class));
        waitUntil(this::lessonsShown);
        assertEquals(LiveClassModel.State.OFF, app.live().model().state());
        assertFalse(app.live().isDocked());
    }

    // ---------------------------------------------------------------------------------------------- the walk

    private void walk(FxRobot robot, Theme theme, Locale language, boolean highContrast, String look) throws Exception {
        LiveClassroom live = openSession(robot, theme, language, highContrast);
        LiveClassModel model = live.model();
        checkJoinScreen(live, look);

        // Three students join with the code on the screen and answer differently.
        var students = new SimulatedStudents(model.server());
        assertEquals(200, students.join(3, model.codeProperty().get().replace(" ", "")));
        ClassQuiz quiz = model.session().quiz();
        for (int i = 0; i < 3; i++) assertEquals(200, students.answer(i, 1, i % quiz.choices(Question.WHEN), 0, i % 2));
        Words w = Words.of(language);
        String threeAndThree = w.count("live.joined", 3) + " \u00b7 " + w.count("live.answered", 3);
        waitUntil(() -> threeAndThree.equals(label("#live-counts").getText()));
        assertShowsWholeText(label("#live-counts"));

        robot.clickOn("#live-results");
        waitUntil(() -> model.phaseProperty().get() == Phase.RESULTS);
        List<String> counts = barCounts();
        // Question 1: one vote for each of the first three times; question 3: two for the first set, one for the second.
        assertEquals(w.count("live.votes", 1, 33), counts.get(0));
        assertEquals(w.count("live.votes", 1, 33), counts.get(1));
        assertEquals(w.count("live.votes", 1, 33), counts.get(2));
        int whenChoices = quiz.choices(Question.WHEN), whatChoices = quiz.choices(Question.WHAT);
        assertEquals(w.count("live.votes", 3, 100), counts.get(whenChoices));
        assertEquals(w.count("live.votes", 2, 67), counts.get(whenChoices + whatChoices));
        assertEquals(w.count("live.votes", 1, 33), counts.get(whenChoices + whatChoices + 1));
        assertTrue(texts(".live-choice-text").stream().noneMatch(t -> t.startsWith("\u2713")), "nothing marked before the reveal");
        shot("results", look);

        robot.clickOn("#live-reveal");
        waitUntil(() -> model.phaseProperty().get() == Phase.REVEALED);
        waitUntil(() -> !robot.lookup(".timeline").queryAll().isEmpty());
        List<String> marked = texts(".live-choice-text").stream().filter(t -> t.startsWith("\u2713")).toList();
        assertEquals(3, marked.size(), "one answer marked per question: " + marked);
        // Marked by the tick and bold, not colour alone; a screen reader says "the answer".
        assertEquals(3, accessibleTexts(".live-choice-text").stream().filter(t -> t.endsWith("(" + w.text("live.correct") + ")")).count());
        assertTrue(robot.lookup("#live-rule").query().isVisible());
        Node timeline = robot.lookup(".timeline").query();
        Bounds t = timeline.localToScene(timeline.getLayoutBounds());
        Bounds p = live.panel().getRoot().localToScene(live.panel().getRoot().getLayoutBounds());
        assertTrue(t.getMaxX() <= p.getMinX() + 1, "the run plays beside the class's answers, not under them");
        shot("reveal", look);

        // End session: students are told, the port is free again, the panel goes.
        int port = model.server().port();
        live.panel().setConfirmEnd(() -> true);
        robot.clickOn("#live-end");
        waitUntil(() -> !live.isDocked());
        waitUntil(() -> {
            try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByAddress(new byte[4]))) {
                return true;
            } catch (java.io.IOException stillBound) {
                return false;
            }
        });
    }

    private LiveClassroom openSession(FxRobot robot, Theme theme, Locale language, boolean highContrast) throws Exception {
        robot.interact(() -> app.appearance().setTheme(theme));
        robot.interact(() -> app.messages().setLocale(language));
        // Lesson 01 from the lesson list (docked in the side panel), as a teacher opens it: Ctrl+L, down into the list, Enter.
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(this::lessonsShown);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> app.editor().scenario().name().equals(
                org.gatherlab.lessons.LessonLibrary.builtIn().lessons().getFirst().scenario().name()));
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.P);                                   // presenter mode
        if (!highContrast) robot.type(KeyCode.H);                // its high contrast is on by default
        // Presenter mode goes full screen, which here is the headless screen (1920x1080); the projector is 1280x800.
        robot.interact(() -> stage.setFullScreen(false));
        robot.type(KeyCode.C);                                   // the class session
        LiveClassroom live = app.live();
        waitUntil(() -> live.model().state() == LiveClassModel.State.OPEN);
        waitUntil(live::isDocked);
        assertEquals(1280, stage.getScene().getWidth(), 0.5);
        assertEquals(800, stage.getScene().getHeight(), 0.5);
        return live;
    }

    private void checkJoinScreen(LiveClassroom live, String look) throws Exception {
        LiveClassModel model = live.model();
        shot("join", look);
        Label code = label("#live-code");
        assertEquals(model.codeProperty().get(), code.getText());
        assertTrue(code.getText().matches("[0-9]{3} [0-9]{3}"));
        assertShowsWholeText(code);
        assertShowsWholeText(label("#live-address"));
        assertTrue(code.getFont().getSize() >= 48, "the code is readable from the back: " + code.getFont().getSize() + " px");
        QrView qr = (QrView) stage.getScene().getRoot().lookup(".qr-view");
        assertTrue(qr.moduleSize() >= 4, "QR modules of " + qr.moduleSize() + " px");
        assertQrDrawn(qr, model.qrProperty().get());
    }

    /** The QR code on screen is the encoder's, module by module (read from the drawn pixels). */
    private static void assertQrDrawn(QrView view, QrCode qr) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        PixelReader px = image.getPixelReader();
        int m = view.moduleSize();
        int side = m * (qr.size + 8);
        int x0 = (int) Math.floor((view.getWidth() - side) / 2), y0 = (int) Math.floor((view.getHeight() - side) / 2);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                double b = px.getColor(x0 + (x + 4) * m + m / 2, y0 + (y + 4) * m + m / 2).getBrightness();
                assertEquals(qr.getModule(x, y), b < 0.5, "module " + x + "," + y);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Label label(String id) {
        return (Label) stage.getScene().getRoot().lookup(id);
    }

    private List<String> barCounts() throws Exception {
        return texts(".live-bar-count");
    }

    private List<String> texts(String selector) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : stage.getScene().getRoot().lookupAll(selector)) out.add(((Labeled) n).getText());
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    private List<String> accessibleTexts(String selector) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : stage.getScene().getRoot().lookupAll(selector)) out.add(n.getAccessibleText());
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    /** Not cut, not ellipsised: the text drawn is the whole text. */
    private static void assertShowsWholeText(Labeled l) throws Exception {
        String drawn = WaitForAsyncUtils.asyncFx(() -> {
            for (Node n : l.getChildrenUnmodifiable()) if (n instanceof Text t) return t.getText();
            return null;
        }).get(10, TimeUnit.SECONDS);
        assertEquals(l.getText(), drawn, "ellipsised or cut: " + l.getId());
    }

    /** The lesson list showing in the main window's side panel (the classroom is docked there). */
    private boolean lessonsShown() {
        var side = (javafx.scene.control.TabPane) stage.getScene().getRoot().lookup("#side-panel");
        return side != null && side.getParent() != null && "lessons-tab".equals(side.getSelectionModel().getSelectedItem().getId());
    }

    private void shot(String what, String look) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Screenshots.write(image, Screenshots.dir().resolve("live-class-" + what + "-1280x800-presenter-" + look + ".png"));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(15, condition);
    }
}
