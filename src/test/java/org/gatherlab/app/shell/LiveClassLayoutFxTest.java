package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.gatherlab.app.classroom.live.LiveClassModel;
import org.gatherlab.app.classroom.live.QrView;
import org.gatherlab.app.classroom.live.SimulatedStudents;
import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.fx.Words;
import org.gatherlab.live.ClassSession.Phase;
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
 * What the class sees of a class session on every projector: lesson 01's session walked through its four views
 * (the join card, the strip it folds into once half the class answered, the split, the reveal), each at 1024×768,
 * 1280×800 and 1920×1080, normal and presenter, English (light) and Spanish (dark) (one stage, resized; presenter
 * mode's full screen left again). In every one: the panel's texts whole (nothing ellipsised) and inside the panel
 * and the window, the QR code whole with modules of at least 4 pixels; in presenter mode the timeline keeps at
 * least half the width, in both modes the timeline at least 45 % (the side panel held closed through presenter mode's
 * switches, the outcome cards stepped aside). At 1280×800 in presenter mode (the classroom's projector): QR modules of at least 6 pixels,
 * and the split and the reveal (all three questions' bars and counts, the marked answers, the rule) without
 * scrolling. Screenshots: {@code target/screenshots/live-layout-<view>-<size>-<mode>-<theme>-<language>.png}.
 */
@ExtendWith(ApplicationExtension.class)
class LiveClassLayoutFxTest {
    static final int[][] SIZES = {{1024, 768}, {1280, 800}, {1920, 1080}};

    /** A regular expression over the combinations' names (e.g. {@code .*1280x800-presenter.*}) to look at a few while working. */
    private static final String ONLY = System.getProperty("gatherlab.layout.only", ".*");

    private GatherLabApp app;
    private Stage stage;

    /** The whole app's first frame on a loaded 2-core machine: the margin is for the load, not for this test's work. */
    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxAppUnderTest.started(stage, "gatherlab-live-layout");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void everyViewOfTheSessionFitsEveryProjector(FxRobot robot) throws Exception {
        // Lesson 01 from the lesson list, as a teacher opens it; then the session on it.
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> app.classroom().currentLesson() != null || lessonsShown());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> app.classroom().currentLesson() != null);
        // As the issue's teacher does: presenter mode first (the lesson list stays, as a drawer), then the session.
        robot.interact(() -> app.classroom().presenter().setOn(true));
        settle(robot);
        assertTrue(sidePanelShown(), "presenter mode keeps the lesson list the class was reading");
        robot.interact(() -> app.live().start(app.classroom().currentLesson()));
        LiveClassModel model = app.live().model();
        waitUntil(() -> model.state() == LiveClassModel.State.OPEN && app.live().isDocked());
        List<String> problems = new ArrayList<>();
        try {
            walk(robot, "join", problems);

            // Four join; once two have answered, half the class is past joining: the card folds into the strip.
            var students = new SimulatedStudents(model.server());
            assertEquals(200, students.join(4, model.codeProperty().get().replace(" ", "")));
            assertEquals(200, students.answer(0, 1, 0, 0, 0));
            assertEquals(200, students.answer(1, 1, 1, 1, 1));
            waitUntil(() -> !model.joinShownProperty().get() && model.answeredProperty().get() == 2);
            walk(robot, "strip", problems);

            assertEquals(200, students.answer(2, 1, 2, 3, 1));
            assertEquals(200, students.answer(3, 1, 0, 2, 2));
            waitUntil(() -> model.answeredProperty().get() == 4);
            robot.interact(model::showResults);
            waitUntil(() -> model.phaseProperty().get() == Phase.RESULTS);
            walk(robot, "results", problems);

            // A second round after the discussion: two bars per choice (round 1 paler above round 2) from here on.
            robot.interact(model::secondRound);
            waitUntil(() -> model.roundProperty().get() == 2);
            assertEquals(200, students.answer(0, 2, 1, 0, 0));
            assertEquals(200, students.answer(1, 2, 1, 1, 1));
            assertEquals(200, students.answer(2, 2, 2, 0, 1));
            assertEquals(200, students.answer(3, 2, 1, 2, 3));
            waitUntil(() -> model.answeredProperty().get() == 4);
            robot.interact(model::showResults);
            waitUntil(() -> model.phaseProperty().get() == Phase.RESULTS && model.questions().getFirst().bars().getFirst().rounds().size() == 2);
            walk(robot, "results2", problems);

            robot.interact(model::reveal);
            waitUntil(() -> model.phaseProperty().get() == Phase.REVEALED && robot.lookup(".timeline").tryQuery().isPresent());
            walk(robot, "reveal", problems);

            // Where to look: below the rule, scrolled to, at the classroom's projector.
            robot.interact(() -> {
                app.messages().setLocale(Words.ENGLISH);
                app.appearance().setTheme(Theme.LIGHT);
                app.classroom().presenter().setOn(true);
                app.classroom().presenter().setHighContrast(false);
                stage.setFullScreen(false);
                stage.setWidth(1280);
                stage.setHeight(800);
            });
            settle(robot);
            robot.clickOn("#live-look-at-toggle");
            settle(robot);
            // Scrolled to once the pass that lays it out has run (a pulse or two later on a loaded machine).
            String[] where = {""};
            try {
                waitUntil(() -> {
                    Node lookAt = stage.getScene().lookup("#live-look-at");
                    Node scroll = stage.getScene().lookup(".live-distribution-scroll");
                    Bounds b = lookAt.localToScene(lookAt.getLayoutBounds()), v = scroll.localToScene(scroll.getLayoutBounds());
                    where[0] = rect(b) + ", the viewport " + rect(v);
                    return lookAt.isVisible() && b.getMinY() >= v.getMinY() - 0.5 && b.getMaxY() <= v.getMaxY() + 0.5;
                });
            } catch (java.util.concurrent.TimeoutException notThere) {
                problems.add("where to look: not scrolled to: " + where[0]);
            }
            shot("live-layout-reveal-look-at-1280x800-presenter-light-en.png");

            // The session ends in presenter mode: the side panel is the teacher's again, back when the mode goes off.
            robot.interact(() -> {
                app.live().panel().setConfirmEnd(() -> true);
                model.close();
            });
            waitUntil(() -> !app.live().isDocked());
            settle(robot);
            assertTrue(!sidePanelShown() && cardsShown(), "presenter mode after the session: the drawer closed, the cards back");
            robot.interact(() -> app.classroom().presenter().setOn(false));
            settle(robot);
            assertTrue(sidePanelShown(), "presenter mode off after the session: the side panel as the teacher had it");
        } finally {
            // The next test class gets this same stage (TestFX keeps one) and expects a 1280x800 window.
            robot.interact(() -> {
                app.live().panel().setConfirmEnd(() -> true);
                model.close();
                app.classroom().presenter().setOn(false);
                stage.setFullScreen(false);
                stage.setWidth(1280);
                stage.setHeight(800);
            });
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void walk(FxRobot robot, String view, List<String> problems) throws Exception {
        for (boolean presenter : new boolean[] {true, false}) {
            for (Locale language : List.of(Words.ENGLISH, Words.SPANISH)) {
                // Layout does not depend on the theme: English is looked at in light, Spanish in dark.
                Theme theme = language == Words.ENGLISH ? Theme.LIGHT : Theme.DARK;
                for (int[] size : SIZES) {
                    String name = view + "-" + size[0] + "x" + size[1] + "-" + (presenter ? "presenter" : "normal") + "-"
                            + theme.name().toLowerCase(Locale.ROOT) + "-" + language.getLanguage();
                    if (!name.matches(ONLY)) continue;
                    robot.interact(() -> {
                        app.messages().setLocale(language);
                        app.appearance().setTheme(theme);
                        app.classroom().presenter().setOn(presenter);
                        app.classroom().presenter().setHighContrast(false);
                        stage.setFullScreen(false);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    settle(robot);
                    List<String> found = WaitForAsyncUtils.asyncFx(() -> check(view, name, size[0], size[1], presenter)).get(10, TimeUnit.SECONDS);
                    problems.addAll(found);
                    shot("live-layout-" + name + ".png");
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- checks

    private List<String> check(String view, String where, double w, double h, boolean presenter) {
        List<String> out = new ArrayList<>();
        Parent root = stage.getScene().getRoot();
        if (Math.abs(stage.getScene().getWidth() - w) > 1 || Math.abs(stage.getScene().getHeight() - h) > 1) {
            out.add(where + ": the scene is " + stage.getScene().getWidth() + "×" + stage.getScene().getHeight());
        }
        Node panel = root.lookup("#live-class");
        Bounds p = panel.localToScene(panel.getLayoutBounds());
        if (p.getMinX() < -0.5 || p.getMaxX() > w + 0.5 || p.getMaxY() > h + 0.5) out.add(where + ": the panel " + rect(p) + " is outside the window");
        // The class's half: the window's own content (the timeline) keeps at least half the width.
        SplitPane split = (SplitPane) root.lookup(".live-class-split");
        Node content = split.getItems().getFirst();
        double contentShare = content.getLayoutBounds().getWidth() / w;
        if (contentShare < 0.495) out.add(where + ": the window's content has " + Math.round(contentShare * 100) + " % of the width");
        // In both modes, however often presenter mode was switched: the side panel held closed (its own toggle would
        // open it), so the timeline has what the class's panel leaves; the outcome cards step aside (no cut strip).
        Node timeline = root.lookup(".comparison-host .timeline");
        double share = timeline.getLayoutBounds().getWidth() / w;
        if (share < 0.45) out.add(where + ": the timeline has " + Math.round(share * 100) + " % of the width");
        if (sidePanelShown()) out.add(where + ": the side panel is open beside the session");
        if (cardsShown()) out.add(where + ": the outcome cards are on screen beside the session");
        System.out.printf("%s: the timeline has %.0f %% of the width%n", where, share * 100);
        ScrollPane scroll = (ScrollPane) panel.lookup(".live-distribution-scroll");
        Bounds viewport = scroll.isVisible() ? scroll.localToScene(scroll.getLayoutBounds()) : null;
        for (Node n : descendants(panel)) {
            if (!treeVisible(n, panel) || !(n instanceof Labeled l) || l.getText() == null || l.getText().isBlank()) continue;
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getWidth() <= 0) continue;
            if (b.getMinX() < p.getMinX() - 0.5 || b.getMaxX() > p.getMaxX() + 0.5 || b.getMaxY() > h + 0.5) {
                out.add(where + ": outside the panel: " + describe(l) + " at " + rect(b) + ", the panel " + rect(p));
            }
            Text shown = (Text) l.lookup(".text");
            String want = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            if (shown == null || !want.equals(shown.getText())) {
                out.add(where + ": text cut: \"" + want + "\" shows as \"" + (shown == null ? null : shown.getText()) + "\"");
            }
            // The classroom's projector: the split and the reveal read without scrolling.
            boolean projector = presenter && w == 1280 && h == 800;
            if (projector && viewport != null && isInside(n, scroll) && (b.getMinY() < viewport.getMinY() - 0.5 || b.getMaxY() > viewport.getMaxY() + 0.5)) {
                out.add(where + ": needs scrolling: " + describe(l) + " at " + rect(b) + ", the viewport " + rect(viewport));
            }
        }
        if (viewport != null && presenter && w == 1280 && h == 800) {
            double needs = scroll.getContent().getLayoutBounds().getHeight(), has = scroll.getViewportBounds().getHeight();
            if (needs > has + 0.5) out.add(where + ": the split scrolls: " + Math.round(needs) + " px in a " + Math.round(has) + " px viewport");
            System.out.printf("%s: the split needs %.0f of %.0f px%n", where, needs, has);
            // The rule (a text flow, not a label) and the bars' tracks too.
            for (Node n : panel.lookupAll("#live-rule, .live-bar-track")) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (treeVisible(n, panel) && (b.getMinY() < viewport.getMinY() - 0.5 || b.getMaxY() > viewport.getMaxY() + 0.5)) {
                    out.add(where + ": needs scrolling: " + n.getId() + n.getStyleClass() + " at " + rect(b) + ", the viewport " + rect(viewport));
                }
            }
        }
        if (view.equals("join")) {
            QrView qr = (QrView) panel.lookup(".qr-view");
            int minModule = presenter && w == 1280 && h == 800 ? 6 : 4;
            if (qr.moduleSize() < minModule) out.add(where + ": QR modules of " + qr.moduleSize() + " px");
            Bounds q = qr.localToScene(qr.getLayoutBounds());
            int side = qr.moduleSize() * qr.modules();
            double x0 = q.getMinX() + Math.floor((q.getWidth() - side) / 2), y0 = q.getMinY() + Math.floor((q.getHeight() - side) / 2);
            if (x0 < p.getMinX() - 0.5 || x0 + side > p.getMaxX() + 0.5 || y0 < p.getMinY() - 0.5 || y0 + side > Math.min(p.getMaxY(), h) + 0.5) {
                out.add(where + ": the QR code is cut: " + side + " px at " + Math.round(x0) + "," + Math.round(y0) + ", the panel " + rect(p));
            }
            System.out.printf("%s: QR %d px (modules of %d px)%n", where, side, qr.moduleSize());
        }
        System.out.printf("%s: timeline side %.0f %%%n", where, contentShare * 100);
        return out;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node a = n; a != null; a = a.getParent()) if (a == ancestor) return true;
        return false;
    }

    private static boolean treeVisible(Node n, Node top) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (!a.isVisible()) return false;
            if (a == top) return true;
        }
        return true;
    }

    private static List<Node> descendants(Node n) {
        List<Node> out = new ArrayList<>();
        out.add(n);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) out.addAll(descendants(c));
        return out;
    }

    private static String describe(Labeled l) {
        return l.getClass().getSimpleName() + (l.getId() == null ? "" : "#" + l.getId()) + l.getStyleClass() + " \"" + l.getText() + "\"";
    }

    private static String rect(Bounds b) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Two pulses and the FX thread's queue: the resize, the CSS pass and the layout that follows it. */
    private static void settle(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(60);
        }
    }

    private boolean sidePanelShown() {
        Node side = stage.getScene().getRoot().lookup("#side-panel");
        return side != null && side.getScene() != null && side.getParent() != null;
    }

    private boolean cardsShown() {
        Node column = stage.getScene().getRoot().lookup(".outcome-column");
        return column != null && column.getParent() != null;
    }

    private boolean lessonsShown() {
        var side = (javafx.scene.control.TabPane) stage.getScene().getRoot().lookup("#side-panel");
        return side != null && side.getParent() != null && "lessons-tab".equals(side.getSelectionModel().getSelectedItem().getId());
    }

    private void shot(String file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Screenshots.write(image, Screenshots.dir().resolve(file));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(20, condition);
    }
}
