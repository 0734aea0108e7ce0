package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.Primitive;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.app.timeline.TimelineStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every projector: the real main window (headless, one stage resized) at 1024×768, 1280×720, 1280×800, 1366×768 and
 * 1920×1080, in normal and presenter mode, light and dark, English and Spanish, after the default comparison has run.
 * For the toolbar, the playback bar, the run headers (drawn on the timeline) and the outcome cards: every control lies
 * inside the window and inside its bar, every label shows its whole text (the skin's text node says what getText()
 * says, nothing ellipsised), no toolbar item is pushed into the overflow menu; in presenter mode the timeline has at
 * least 60 % of the window's width. Each combination's screenshot goes to {@code target/screenshots/layout-*.png}.
 *
 * <p>Presenter mode goes full screen on a real projector, which is that projector's size; here the full screen is
 * left again and the stage sized to each projector in turn.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorLayoutFxTest {
    static final int[][] SIZES = {{1024, 768}, {1280, 720}, {1280, 800}, {1366, 768}, {1920, 1080}};

    static {
        // The whole app starts here; on a loaded machine (a CI box running other builds) that can take more than
        // TestFX's default wait, which would fail the test before it looked at anything.
        System.setProperty("testfx.setup.timeout", System.getProperty("testfx.setup.timeout", "60000"));
    }

    /** A regular expression over the combinations' names (e.g. {@code .*1280x800-presenter.*}) to look at a few while working. */
    private static final String ONLY = System.getProperty("gatherlab.layout.only", ".*");

    private GatherLabApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = FxAppUnderTest.started(stage, "gatherlab-layout");
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void everyProjectorShowsEveryControlAndLabelWhole(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#headline-3").tryQuery().isPresent());
        List<String> problems = new ArrayList<>();
        try {
            walk(robot, problems);
        } finally {
            // The next test class gets this same stage (TestFX keeps one) and expects a 1280x800 window.
            robot.interact(() -> {
                app.classroom().presenter().setOn(false);
                stage.setFullScreen(false);
                stage.setWidth(1280);
                stage.setHeight(800);
            });
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void walk(FxRobot robot, List<String> problems) throws Exception {
        for (Locale language : List.of(Locale.ENGLISH, Locale.of("es"))) {
            robot.interact(() -> app.messages().setLocale(language));
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                robot.interact(() -> app.appearance().setTheme(theme));
                for (boolean presenter : new boolean[] {false, true}) {
                    robot.interact(() -> {
                        app.classroom().presenter().setOn(presenter);
                        stage.setFullScreen(false);
                    });
                    for (int[] size : SIZES) {
                        String name = "layout-" + size[0] + "x" + size[1] + "-" + (presenter ? "presenter" : "normal") + "-"
                                + theme.name().toLowerCase(Locale.ROOT) + "-" + language.getLanguage();
                        if (!name.matches(ONLY)) continue;
                        long t0 = System.nanoTime();
                        robot.interact(() -> {
                            stage.setWidth(size[0]);
                            stage.setHeight(size[1]);
                        });
                        settle(robot);
                        robot.interact(() -> problems.addAll(check(name, size[0], size[1], presenter)));
                        shot(name + ".png");
                        if (presenter && size[0] == 1280 && size[1] == 800) drawer(robot, problems, name);
                        System.out.printf("%s: %d ms%n", name, (System.nanoTime() - t0) / 1_000_000);
                    }
                }
            }
        }
    }

    /**
     * Presenter mode's drawer open on the task table (View ▸ Tasks, Ctrl+1): every column header shows its whole words
     * (the table scrolls sideways where they do not all fit); closed again with Ctrl+B.
     */
    private void drawer(FxRobot robot, List<String> problems, String name) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        settle(robot);
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            Node table = root.lookup(".task-table");
            if (table == null || table.getScene() == null || !table.isVisible()) {
                problems.add(name + " drawer: the task table is not on screen");
                return;
            }
            int headers = 0;
            for (Node header : table.lookupAll(".column-header")) {
                if (!(header.lookup(".label") instanceof Label label) || label.getText() == null || label.getText().isEmpty()) continue;
                headers++;
                Text shownText = (Text) label.lookup(".text");
                if (shownText == null || !label.getText().equals(shownText.getText())) {
                    problems.add(name + " drawer: column header cut: \"" + label.getText() + "\" shows as \"" + (shownText == null ? null : shownText.getText()) + "\"");
                }
            }
            if (headers < 7) problems.add(name + " drawer: only " + headers + " column headers with words");
        });
        shot(name.replace("presenter", "presenter-drawer") + ".png");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        settle(robot);
    }

    // ---------------------------------------------------------------------------------------------- checks

    private List<String> check(String where, double w, double h, boolean presenter) {
        List<String> out = new ArrayList<>();
        Parent root = stage.getScene().getRoot();
        if (Math.abs(stage.getScene().getWidth() - w) > 1 || Math.abs(stage.getScene().getHeight() - h) > 1) {
            out.add(where + ": the scene is " + stage.getScene().getWidth() + "×" + stage.getScene().getHeight());
        }
        // The content no taller than the window: else the status bar (and what is above it) is cut at the bottom.
        if (root.getLayoutBounds().getHeight() > h + 0.5) out.add(where + ": the window's content is " + Math.round(root.getLayoutBounds().getHeight()) + " px high");
        ToolBar toolbar = (ToolBar) root.lookup(".main-toolbar");
        for (Node item : toolbar.getItems()) {
            if (item.isVisible() && (item.getParent() == null || item.getScene() == null)) out.add(where + ": toolbar item pushed into the overflow menu: " + describe(item));
        }
        Node overflow = toolbar.lookup(".tool-bar-overflow-button");
        if (overflow != null && overflow.isVisible()) out.add(where + ": the toolbar shows its overflow button (items hidden behind »)");
        whole(out, where + " toolbar", toolbar, w, h);
        whole(out, where + " playback bar", root.lookup(".playback-bar"), w, h);
        for (Node card : root.lookupAll(".outcome-card")) whole(out, where + " outcome card", card, w, h);
        TimelineCanvas timeline = (TimelineCanvas) root.lookup(".comparison-host .timeline");
        headers(out, where, timeline);
        labels(out, where, timeline);
        int whole = runsOnScreen(timeline);
        Frame frame = timeline.getFrame();
        System.out.println(where + ": heights " + heights(root, timeline));
        System.out.printf("%s: %d of 3 runs whole on screen, drawn at %.2f with %.1f px lanes, timeline %.0f px high%n", where, whole,
                frame.viewport().scale(), frame.viewport().rows().lane(), timeline.getHeight());
        // Fit runs: the default comparison's three runs all on screen in presenter mode at every projector, at presenter
        // mode's 1.5 or larger (at 1280x720 and 1024x768 with the status bar gone and the legend folded for room).
        int least = presenter ? 3 : 0;
        if (whole < least) out.add(where + ": only " + whole + " of the 3 runs are whole on screen (at least " + least + ")");
        if (presenter && frame.viewport().scale() < org.gatherlab.app.timeline.FitRuns.FLOOR - 1e-9) out.add(where + ": drawn at " + frame.viewport().scale() + ", below presenter mode's floor");
        if (presenter && h >= 800) headlines(out, where, root);
        // A legend folded for room says so: the note in the ruler's corner, whole and inside the window.
        Node legendRow = root.lookup(".timeline-legend");
        Button note = (Button) root.lookup(".legend-folded-note");
        if (!legendRow.isVisible()) {
            Text noteText = (Text) note.lookup(".text");
            Bounds nb = note.localToScene(note.getLayoutBounds());
            if (!note.isVisible() || noteText == null || !note.getText().equals(noteText.getText()) || nb.getMinX() < 0 || nb.getMaxY() > h) {
                out.add(where + ": the legend is folded and the note saying so is not whole on screen");
            }
        }
        // The comparison's presenter rules (timeline.css, naming the scene root's .presenter) in effect.
        if (presenter) {
            Node statusLine = root.lookup(".comparison-view .status-line");
            if (statusLine.getLayoutBounds().getHeight() > 0.5) out.add(where + ": the comparison's status line is not hidden in presenter mode");
            Label legendLabel = (Label) root.lookup(".timeline-legend .label");
            Label readout = (Label) root.lookup(".playback-bar .time-readout");
            if (legendLabel.getFont().getSize() > 0.8 * readout.getFont().getSize()) out.add(where + ": the legend is not smaller in presenter mode");
            // Its symbols grow with its text: a 14 px swatch beside 12.6 px words, so 14/12.6 of the words' size here.
            javafx.scene.canvas.Canvas swatch = (javafx.scene.canvas.Canvas) ((Parent) legendLabel.getParent()).getChildrenUnmodifiable().getFirst();
            if (swatch.getHeight() < 14 / 12.6 * legendLabel.getFont().getSize() - 1) {
                out.add(where + ": the legend's symbols are " + swatch.getHeight() + " px high beside " + legendLabel.getFont().getSize() + " px words");
            }
        }
        if (presenter) {
            double share = timeline.getWidth() / w;
            if (share < 0.6) out.add(where + ": the timeline has " + Math.round(share * 100) + " % of the width");
        }
        return out;
    }

    /** Every visible labelled control under {@code area} inside the area (across), inside the window, text whole. */
    private static void whole(List<String> out, String where, Node area, double w, double h) {
        if (area == null || !area.isVisible()) return;
        Bounds box = area.localToScene(area.getLayoutBounds());
        // A card scrolls up and down in its column: across is what must fit; the column's viewport clips it.
        Bounds clip = viewport(area);
        for (Node n : descendants(area)) {
            if (!shown(n, area)) continue;
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (!(n instanceof Labeled) && !(n instanceof javafx.scene.control.Control)) continue;
            if (b.getWidth() <= 0) continue;
            if (b.getMinX() < -0.5 || b.getMaxX() > w + 0.5 || (clip == null && (b.getMinY() < -0.5 || b.getMaxY() > h + 0.5))) {
                out.add(where + ": outside the window: " + describe(n) + " at " + rect(b));
            } else if (b.getMinX() < box.getMinX() - 0.5 || b.getMaxX() > box.getMaxX() + 0.5) {
                out.add(where + ": outside its bar: " + describe(n) + " at " + rect(b) + ", the bar " + rect(box));
            } else if (clip != null && (b.getMinX() < clip.getMinX() - 0.5 || b.getMaxX() > clip.getMaxX() + 0.5)) {
                out.add(where + ": cut by the column: " + describe(n) + " at " + rect(b) + ", the column " + rect(clip));
            }
            // An icon-only item (the toolbar short of room) shows no words by design; its words are its tooltip.
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                Text shownText = (Text) l.lookup(".text");
                String want = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
                if (shownText == null || !want.equals(shownText.getText())) {
                    out.add(where + ": text cut: \"" + want + "\" shows as \"" + (shownText == null ? null : shownText.getText()) + "\"");
                }
            }
        }
    }

    /** The run headers drawn on the timeline: title, detail and marks inside the canvas. */
    private static void headers(List<String> out, String where, TimelineCanvas timeline) {
        Frame f = timeline.getFrame();
        TimelineStyle s = timeline.timelineStyleProperty().get();
        if (f == null || s == null) return;
        double w = f.viewport().width();
        for (Primitive.PanelHeader hd : f.all(Primitive.PanelHeader.class)) {
            double right = hd.detailRow() == 1 ? 8 + width(hd.title(), s.bold()) + 14 + width(hd.detail(), s.font())
                    : 8 + Math.max(width(hd.title(), s.bold()), width(hd.detail(), s.font()));
            if (right > w + 0.5) out.add(where + ": run header cut: \"" + hd.title() + "  " + hd.detail() + "\" needs " + Math.round(right) + " of " + Math.round(w));
            for (Primitive.Annotation a : hd.annotations()) {
                double end = a.x() + width(a.text(), s.bold());
                if (a.x() < 0 || end > w + 0.5) out.add(where + ": run " + (hd.run() + 1) + " header mark cut: \"" + a.text() + "\"");
            }
        }
    }

    /** How many runs have their heading and every lane inside the timeline's viewport, unscrolled. */
    private static int runsOnScreen(TimelineCanvas timeline) {
        Frame f = timeline.getFrame();
        if (f == null || f.viewport().scrollY() > 0) return 0;
        int whole = 0;
        for (Primitive.PanelHeader hd : f.all(Primitive.PanelHeader.class)) {
            List<Primitive.LaneLabel> lanes = f.all(Primitive.LaneLabel.class).stream().filter(l -> l.run() == hd.run()).toList();
            boolean inside = !hd.pinned() && hd.y() >= 0 && !lanes.isEmpty() && lanes.stream().allMatch(l -> l.y() + l.h() <= f.viewport().height() + 0.5);
            // Every lane: the loop, the five tasks (the default comparison has no worker lanes).
            if (inside && lanes.size() == 6) whole++;
        }
        return whole;
    }

    /** Where the window's height goes (the parts above, under and in the timeline, px on screen): what to win back. */
    private static String heights(Parent root, TimelineCanvas timeline) {
        StringBuilder out = new StringBuilder();
        for (String part : List.of(".menu-bar", ".main-toolbar", ".playback-bar", ".stale-note", ".timeline-legend", ".comparison-view .status-line", ".main-status")) {
            Node n = root.lookup(part);
            out.append(part).append(' ').append(n == null || !n.isVisible() || !n.isManaged() ? 0 : Math.round(n.getLayoutBounds().getHeight())).append(", ");
        }
        Frame f = timeline.getFrame();
        return out.append("ruler ").append(Math.round(TimelineLayout_RULER * f.viewport().scale())).append(", timeline ").append(Math.round(timeline.getHeight())).toString();
    }

    private static final double TimelineLayout_RULER = org.gatherlab.app.timeline.TimelineLayout.RULER_H;

    /** Every card's title and headline inside the column's viewport, unscrolled: the class reads every run's outcome. */
    private static void headlines(List<String> out, String where, Parent root) {
        for (Node headline : root.lookupAll(".outcome-card .headline")) {
            Bounds b = headline.localToScene(headline.getLayoutBounds());
            Bounds clip = viewport(headline);
            if (clip != null && (b.getMinY() < clip.getMinY() - 0.5 || b.getMaxY() > clip.getMaxY() + 0.5)) {
                out.add(where + ": an outcome headline is out of its column's view: " + describe(headline) + " at " + rect(b) + ", the column " + rect(clip));
            }
        }
    }

    /**
     * No two texts painted on the ruler or in a run's heading overlap, measured in the fonts they are painted in: the
     * axis labels and the playhead's tag; a heading's title, detail and marks.
     */
    private static void labels(List<String> out, String where, TimelineCanvas timeline) {
        Frame f = timeline.getFrame();
        TimelineStyle s = timeline.timelineStyleProperty().get();
        if (f == null || s == null) return;
        List<double[]> ruler = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Primitive.Tick t : f.all(Primitive.Tick.class)) {
            if (t.label() == null) continue;
            ruler.add(new double[] {t.x() + 3, t.x() + 3 + width(t.label(), s.small())});
            names.add("axis label " + t.label());
        }
        for (Primitive.Playhead p : f.all(Primitive.Playhead.class)) {
            if (width(p.label(), s.small()) > p.tagW() - 10 + 0.5) out.add(where + ": the playhead's tag is narrower than \"" + p.label() + "\"");
            ruler.add(new double[] {p.tagX(), p.tagX() + p.tagW()});
            names.add("playhead tag " + p.label());
        }
        overlaps(out, where + " ruler", ruler, names);
        for (Primitive.PanelHeader hd : f.all(Primitive.PanelHeader.class)) {
            for (int row = 1; row <= 2; row++) {
                List<double[]> boxes = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                if (row == 1) {
                    boxes.add(new double[] {8, 8 + width(hd.title(), s.bold())});
                    texts.add(hd.title());
                }
                if (hd.detailRow() == row) {
                    double x = row == 1 ? 8 + width(hd.title(), s.bold()) + 14 : 8;
                    boxes.add(new double[] {x, x + width(hd.detail(), s.font())});
                    texts.add(hd.detail());
                }
                for (Primitive.Annotation a : hd.annotations()) {
                    if (a.row() != row) continue;
                    boolean bold = a.kind() == Primitive.AnnotationKind.RETURNED || a.kind() == Primitive.AnnotationKind.RAISED;
                    boxes.add(new double[] {a.x(), a.x() + width(a.text(), bold ? s.bold() : s.small())});
                    texts.add(a.text());
                }
                overlaps(out, where + " run " + (hd.run() + 1) + " heading row " + row, boxes, texts);
            }
        }
    }

    private static void overlaps(List<String> out, String where, List<double[]> boxes, List<String> names) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i)[0] < boxes.get(j)[1] && boxes.get(j)[0] < boxes.get(i)[1]) {
                    out.add(where + ": \"" + names.get(i) + "\" and \"" + names.get(j) + "\" overlap");
                }
            }
        }
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static Bounds viewport(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Node vp = sp.lookup(".viewport");
                return vp == null ? null : vp.localToScene(vp.getLayoutBounds());
            }
        }
        return null;
    }

    private static boolean shown(Node n, Node area) {
        for (Node p = n; p != null && p != area.getParent(); p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    private static List<Node> descendants(Node n) {
        List<Node> out = new ArrayList<>();
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.add(c);
                out.addAll(descendants(c));
            }
        }
        return out;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        String acc = n.getAccessibleText() != null ? " (" + n.getAccessibleText() + ")" : "";
        return n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "") + text + acc;
    }

    private static String rect(Bounds b) {
        return Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX()) + " × " + Math.round(b.getMinY()) + ".." + Math.round(b.getMaxY());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Two pulses: the resize laid out, then the timeline's frame painted for the new size. */
    private static void settle(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(40);
        }
    }

    private void shot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Screenshots.write(image, Screenshots.dir().resolve(name));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(10, condition);
    }
}
