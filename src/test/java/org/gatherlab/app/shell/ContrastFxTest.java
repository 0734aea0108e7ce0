package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.gatherlab.app.classroom.live.LiveClassModel;
import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.app.timeline.TimelineStyle;
import org.gatherlab.report.LaneState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text contrast, from the colours CSS resolved on the real window (so a token changed to a bad value fails here):
 * every visible, enabled text (labels, buttons, text nodes of the lesson texts and code) against the background it is
 * drawn on in the scene's picture (the colours filling most of its box, a hatch's both stops), and the timeline canvas's
 * texts against the grounds it paints them on, in the light and dark themes and in presenter mode's high contrast: at
 * least 4.5:1 (WCAG 2.1 AA). The window shows lesson 01 revealed with one answer right and two wrong (both kinds of
 * reveal card and mark) and the comparison run (the outcome cards), in each tab of the side panel; then the task
 * generator's dialog (a scene of its own) and the docked class session's join screen. Screenshots:
 * target/screenshots/contrast-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastFxTest {
    static final double AA = 4.5;

    static {
        // The whole app starts here; on a loaded machine (a CI box running other builds) that can take more than
        // TestFX's default wait, which would fail the test before it looked at anything.
        System.setProperty("testfx.setup.timeout", System.getProperty("testfx.setup.timeout", "60000"));
    }

    private GatherLabApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxAppUnderTest.started(stage, "gatherlab-contrast");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void everyTextInBothThemesAndHighContrastReadsAtAA(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        robot.interact(() -> app.classroom().showLessons());
        robot.write("the others").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> app.classroom().prediction().phase() == org.gatherlab.app.classroom.predict.PredictionModel.Phase.PREDICTING);
        robot.interact(() -> {
            var p = app.classroom().prediction();
            p.chooseTime(300.0);                         // wrong
            p.chooseOutcome("raises TaskFailed(B)");     // right
            p.setCancelled("A", true);                   // wrong
            p.reveal();                                  // and the run plays
        });
        waitUntil(() -> robot.lookup("#headline-1").tryQuery().isPresent());
        robot.interact(() -> app.classroom().playback().scrub(1e9));

        TabPane side = robot.lookup("#side-panel").queryAs(TabPane.class);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (boolean presenter : new boolean[] {false, true}) {
                look(robot, theme, presenter);
                for (Tab tab : List.copyOf(side.getTabs())) {
                    robot.interact(() -> app.classroom().showTab(tab));
                    checked += checkWindow(robot, name(theme, presenter) + " " + tab.getId(), problems, tab.getId().equals("predict-tab"));
                }
                robot.interact(() -> timeline(name(theme, presenter), problems));
                if (!presenter) checked += checkGenerateDialog(robot, name(theme, false) + " generate-dialog", problems);
            }
        }

        // A field breaking a rule (the seed) and the picture marked out of date above the last good runs.
        robot.interact(() -> app.editor().setSeedText("abc"));
        waitUntil(() -> app.comparison().isStale());
        Tab editorTab = side.getTabs().getFirst();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (boolean presenter : new boolean[] {false, true}) {
                look(robot, theme, presenter);
                robot.interact(() -> app.classroom().showTab(editorTab));
                checked += checkWindow(robot, name(theme, presenter) + " invalid-seed-stale", problems, false);
            }
        }
        robot.interact(() -> app.editor().setSeedText("42"));
        waitUntil(() -> !app.comparison().isStale());

        // The live class docked beside the timeline: the join card, the strip it folds into, the split, the reveal
        // (with where to look).
        robot.interact(() -> app.live().start(app.classroom().currentLesson()));
        LiveClassModel live = app.live().model();
        waitUntil(() -> live.state() == LiveClassModel.State.OPEN && app.live().isDocked());
        List<Runnable> steps = List.of(() -> { }, () -> live.showJoin(false), live::showResults, () -> {
            live.reveal();
            ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#live-look-at-toggle")).setSelected(true);
        });
        List<String> views = List.of("live-class", "live-class-strip", "live-class-results", "live-class-reveal");
        for (int i = 0; i < steps.size(); i++) {
            robot.interact(steps.get(i));
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                for (boolean presenter : new boolean[] {false, true}) {
                    look(robot, theme, presenter);
                    checked += checkWindow(robot, name(theme, presenter) + " " + views.get(i), problems, true);
                }
            }
        }
        robot.interact(() -> app.classroom().presenter().setOn(false));
        assertTrue(checked > 500, "texts checked: " + checked);
        assertEquals(List.of(), List.copyOf(new LinkedHashSet<>(problems)), String.join("\n", new LinkedHashSet<>(problems)));
    }

    private void look(FxRobot robot, Theme theme, boolean presenter) {
        robot.interact(() -> {
            app.appearance().setTheme(theme);
            app.classroom().presenter().setOn(presenter);
            stage.setFullScreen(false);   // presenter mode asks for full screen; the test keeps the window
        });
    }

    private static String name(Theme theme, boolean presenter) {
        return theme.name().toLowerCase(Locale.ROOT) + (presenter ? " high-contrast" : "");
    }

    /** Checks the window once its picture has settled; returns how many texts were checked. */
    private int checkWindow(FxRobot robot, String where, List<String> problems, boolean screenshot) throws Exception {
        settle(robot);
        List<String> found = new ArrayList<>();
        int[] n = new int[1];
        robot.interact(() -> n[0] = check(where, stage.getScene(), found));
        problems.addAll(found);
        if (screenshot) shot("contrast-" + where.replace(' ', '-') + ".png");
        return n[0];
    }

    /** A dialog has a scene of its own (it takes the owner's theme): the task generator's, opened and closed again. */
    private int checkGenerateDialog(FxRobot robot, String where, List<String> problems) throws Exception {
        TabPane side = robot.lookup("#side-panel").queryAs(TabPane.class);
        Tab scenario = side.getTabs().stream().filter(t -> "editor-tab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> app.classroom().showTab(scenario));
        robot.clickOn("#generateButton");
        waitUntil(() -> dialogScene(robot) != null);
        Scene dialog = WaitForAsyncUtils.asyncFx(() -> dialogScene(robot)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(200);   // its first layout and CSS pass
        List<String> found = new ArrayList<>();
        int[] n = new int[1];
        robot.interact(() -> n[0] = check(where, dialog, found));
        problems.addAll(found);
        robot.type(KeyCode.ESCAPE);   // its Cancel
        waitUntil(() -> dialogScene(robot) == null);
        return n[0];
    }

    private static Scene dialogScene(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot().lookup(".gl-dialog") != null)
                .map(javafx.stage.Window::getScene).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------------------------------------- contrast

    /**
     * Checks every visible, enabled text under {@code root} against the rendered window: the text's colour is the one
     * CSS resolved for it, its ground the colours that fill most of its box in the snapshot (a hatch's two colours
     * both count; the text's own anti-aliased pixels are left out). Returns how many texts were checked.
     */
    private static int check(String where, Scene scene, List<String> out) {
        // The scene's picture: its pixels are in scene coordinates, as the texts' boxes are (a root's snapshot starts
        // at the root's bounds, which a node sticking out moves).
        WritableImage shot = scene.snapshot(null);
        Parent root = scene.getRoot();
        int n = 0;
        for (Node node : descendants(root)) {
            if (!node.isVisible() || node.isDisabled() || !treeVisible(node)) continue;
            Text text = node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.lookup(".text") instanceof Text t ? t
                    : node instanceof Text t && !(t.getParent() instanceof Labeled) && t.getText() != null && !t.getText().isBlank() ? t : null;
            if (text == null || !(text.getFill() instanceof Color f) || f.getOpacity() == 0) continue;
            Bounds box = visibleBox(text);
            if (box == null) continue;
            Color fg = fade(f, opacity(text));
            List<Color> grounds = grounds(shot, box, f);
            if (grounds.isEmpty()) continue;
            n++;
            for (Color bg : grounds) {
                Color shown = over(fg, bg);
                double ratio = ratio(shown, bg);
                if (ratio < AA) {
                    out.add(String.format(Locale.ROOT, "%s: \"%s\" (%s %s) %s on %s: %.2f:1", where, clip(text.getText()),
                            node.getClass().getSimpleName(), node.getStyleClass(), hex(shown), hex(bg), ratio));
                }
            }
        }
        return n;
    }

    private static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    /** The text's box in the scene, cut to every clipping ancestor (scroll panes, virtual flows); null when hidden. */
    private static Bounds visibleBox(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() == null) continue;
            Bounds c = p.localToScene(p.getClip().getBoundsInParent());
            double x0 = Math.max(b.getMinX(), c.getMinX()), y0 = Math.max(b.getMinY(), c.getMinY());
            double x1 = Math.min(b.getMaxX(), c.getMaxX()), y1 = Math.min(b.getMaxY(), c.getMaxY());
            if (x1 - x0 < 2 || y1 - y0 < 2) return null;
            b = new BoundingBox(x0, y0, x1 - x0, y1 - y0);
        }
        return b;
    }

    /** The colours covering at least a fifth of the box, the text's own (ratio under 1.5 to it) left out. */
    static List<Color> grounds(WritableImage shot, Bounds box, Color textColour) {
        PixelReader r = shot.getPixelReader();
        int x0 = (int) Math.max(0, Math.floor(box.getMinX())), y0 = (int) Math.max(0, Math.floor(box.getMinY()));
        int x1 = (int) Math.min(shot.getWidth(), Math.ceil(box.getMaxX())), y1 = (int) Math.min(shot.getHeight(), Math.ceil(box.getMaxY()));
        Map<Integer, Integer> counts = new HashMap<>();
        int total = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(r.getArgb(x, y) | 0xFF000000, 1, Integer::sum);
                total++;
            }
        }
        // The commonest colour is the ground (a text never covers most of its box); a hatch's second colour, if it
        // covers a fifth of the box and is not the text's own, is a ground too.
        if (counts.isEmpty()) return List.of();
        int commonest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Color> out = new ArrayList<>(List.of(colour(commonest)));
        for (var e : counts.entrySet()) {
            if (e.getKey() == commonest || e.getValue() * 5 < total) continue;
            Color c = colour(e.getKey());
            if (ratio(c, textColour) >= 1.5) out.add(c);
        }
        return out;
    }

    /**
     * The timeline's texts on the grounds the painter draws them on, from the colours CSS gave the canvas (a canvas has
     * no text nodes to read back): lane names and the time axis on the gutter, end labels, late marks and notes on the
     * lanes' ground, run headers (title, detail, the await's and the guides' annotations), the playhead's label on
     * its plate and a bar's name on its state's plate; the translucent highlight (the selected lane) and the hover
     * composited over the ground under them, as the painter fills them.
     */
    private void timeline(String where, List<String> out) {
        TimelineCanvas t = (TimelineCanvas) stage.getScene().getRoot().lookup(".comparison-host .timeline");
        TimelineStyle s = t.timelineStyleProperty().get();
        Color bg = over(s.background(), Color.BLACK), gutter = over(s.gutter(), bg);
        List<Color> laneGrounds = List.of(bg, over(s.highlight(), bg), over(s.hover(), bg));
        List<Color> gutterGrounds = List.of(gutter, over(s.highlight(), gutter), over(s.hover(), gutter));
        for (Color g : gutterGrounds) {
            pair(out, where + " timeline lane name", s.text(), g);
            pair(out, where + " timeline lane name (loop, pool)", s.textMuted(), g);
        }
        pair(out, where + " timeline time axis", s.textMuted(), gutter);
        for (Color g : laneGrounds) {
            pair(out, where + " timeline end label", s.textMuted(), g);
            pair(out, where + " timeline late mark", s.text(), g);
        }
        pair(out, where + " timeline note", s.textMuted(), bg);
        pair(out, where + " timeline run title", s.text(), bg);
        pair(out, where + " timeline run detail", s.textMuted(), bg);
        pair(out, where + " timeline await annotation", s.caller(), bg);
        pair(out, where + " timeline guide annotation", s.guide(), bg);
        Color plate = over(s.playhead(), bg);
        pair(out, where + " timeline playhead label", TimelineStyle.textOn(plate), plate);
        for (LaneState state : LaneState.values()) {
            Color c = over(s.colour(state), bg);
            pair(out, where + " timeline bar name (" + state + ")", TimelineStyle.textOn(c), c);
        }
        // The painter's marks, graphics (WCAG 1.4.11: 3:1 on the ground they are drawn on): the ends' glyphs (the ✓ circle
        // and ✗ diamond are outlined in the text colour, their ticks in ink on their fill; the ⊘ ring in the cancel mark),
        // a cancel request's outline, the await's line, the playhead, an ideal total's guide, a late timer, a live run.
        for (Color g : laneGrounds) {
            mark(out, where + " timeline cancelled ⊘ mark", s.cancelMark(), g);
            mark(out, where + " timeline ✓/✗ glyph outline, cancel request", s.text(), g);
            mark(out, where + " timeline await line", s.caller(), g);
            mark(out, where + " timeline playhead line", s.playhead(), g);
            mark(out, where + " timeline ideal-total guide", s.guide(), g);
            mark(out, where + " timeline late timer", s.late(), g);
        }
        mark(out, where + " timeline ✓ tick", TimelineStyle.ink(s.succeeded()), over(s.succeeded(), bg));
        mark(out, where + " timeline ✗ cross", TimelineStyle.ink(s.failed()), over(s.failed(), bg));
    }

    /** A graphic (a mark, a line): at least 3:1 (WCAG 2.1, 1.4.11). */
    private static void mark(List<String> out, String where, Color fg, Color bg) {
        double r = ratio(over(fg, bg), bg);
        if (r < 3) out.add(String.format(Locale.ROOT, "%s: %s on %s: %.2f:1 (a graphic needs 3:1)", where, hex(fg), hex(bg), r));
    }

    private static void pair(List<String> out, String where, Color fg, Color bg) {
        double r = ratio(over(fg, bg), bg);
        if (r < AA) out.add(String.format(Locale.ROOT, "%s: %s on %s: %.2f:1", where, hex(fg), hex(bg), r));
    }

    private static double opacity(Node n) {
        double o = 1;
        for (Node p = n; p != null; p = p.getParent()) o *= p.getOpacity();
        return o;
    }

    private static Color fade(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * opacity);
    }

    /** {@code top} composited over an opaque {@code under}. */
    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    /** WCAG 2.1's contrast ratio. */
    static double ratio(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return n.getScene() != null;
    }

    private static List<Node> descendants(Parent p) {
        List<Node> out = new ArrayList<>();
        for (Node c : p.getChildrenUnmodifiable()) {
            out.add(c);
            if (c instanceof Parent q) out.addAll(descendants(q));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /**
     * Waits until the window's picture stops changing (a theme's or presenter mode's restyle, relayout and resize take a
     * few pulses, more on a loaded machine): two pictures 60 ms apart that differ in at most a text caret's pixels.
     */
    private void settle(FxRobot robot) throws Exception {
        int[] before = null;
        for (int i = 0; i < 100; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(60);
            int[] now = WaitForAsyncUtils.asyncFx(() -> pixels(stage.getScene().snapshot(null))).get(20, TimeUnit.SECONDS);
            if (before != null && before.length == now.length && differing(before, now) <= CARET_PIXELS) return;
            before = now;
        }
        throw new AssertionError("the window never stopped changing");
    }

    /** A text field's blinking caret at presenter mode's largest text: 3 px by 60 px. */
    private static final int CARET_PIXELS = 180;

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] out = new int[w * h + 1];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        out[w * h] = w;   // a resize is a change
        return out;
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    private void shot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        Screenshots.write(image, Screenshots.dir().resolve(name));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(30, condition);   // the whole app on a loaded CI box: generous, it only waits
    }
}
