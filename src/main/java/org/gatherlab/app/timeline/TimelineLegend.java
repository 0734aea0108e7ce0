package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import javafx.fxml.FXML;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

import org.gatherlab.app.fx.EngineWords;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.engine.TaskState;
import org.gatherlab.report.LaneState;

/**
 * What every swatch, glyph and line of the timeline means ({@code timeline/legend.fxml}), painted with the
 * timeline's own style (so it follows the theme): the lane states with their patterns, the three ends, a cancel
 * request, a late timer, the await's end, an ideal total, the playhead, and a Java thread's carrier (or pool thread)
 * and interrupts, delivered or ignored.
 *
 * <p>Only what the runs on the timeline use is listed ({@link LegendEntries}, given by {@link #show}): at 1280×800 in
 * presenter mode the whole list took five rows, a third of the timeline's height. Without a Java run the ready and
 * computing states speak of the loop alone. The teacher can fold it away ({@link #shownProperty()}).
 *
 * <p>It folds itself while it would cost the timeline a whole run ({@link #tightProperty()}, worked out by the
 * comparison: a short projector in presenter mode), and says so in the ruler's corner ({@link #foldedNote()}: a
 * button that brings it back); once the teacher has asked for it (that button, or the toggle turned on) it stays.
 */
public final class TimelineLegend extends UiPart<FlowPane> {
    private static final double W = 26, H = 14;
    /** The legend's text size the symbols are drawn for (0.9 em of 14 px): larger text (presenter mode) scales them. */
    private static final double TEXT_PX = 12.6;

    private final List<Runnable> repaints = new ArrayList<>();
    private final Map<LaneState, HBox> stateItems = new EnumMap<>(LaneState.class);
    private final Map<LegendEntries.Mark, javafx.scene.Node> markItems = new EnumMap<>(LegendEntries.Mark.class);
    private final Map<LaneState, Label> stateLabels = new EnumMap<>(LaneState.class);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final BooleanProperty tight = new SimpleBooleanProperty(this, "tight");
    /** The teacher asked for the legend in this session: it no longer folds itself for room. */
    private final BooleanProperty kept = new SimpleBooleanProperty(this, "kept");
    private final Button foldedNote = new Button();
    private final Messages messages;
    private LegendEntries entries = LegendEntries.NONE;
    /** How much larger than drawn for the symbols are: the labels' text size over {@link #TEXT_PX}. */
    private double symbolScale = 1;

    @FXML private Canvas succeeded;
    @FXML private Canvas failed;
    @FXML private Canvas cancelled;
    @FXML private Canvas cancelRequested;
    @FXML private Canvas late;
    @FXML private Canvas await;
    @FXML private Canvas ideal;
    @FXML private Canvas playhead;
    @FXML private Canvas held;
    @FXML private Canvas interrupted;
    @FXML private Canvas interruptIgnored;

    public TimelineLegend(TimelineCanvas timeline, Messages messages) {
        super("timeline/legend.fxml", messages);
        this.messages = messages;
        LaneState[] states = LaneState.values();
        for (int i = 0; i < states.length; i++) {
            LaneState s = states[i];
            Canvas swatch = new Canvas(W, H);
            Label label = new Label();
            HBox box = new HBox(swatch, label);
            box.getStyleClass().add("legend-item");
            getRoot().getChildren().add(i, box);
            stateItems.put(s, box);
            stateLabels.put(s, label);
            paint(swatch, timeline, (g, st) -> {
                g.setFill(st.pattern(s));
                g.fillRect(1, 2, W - 2, H - 4);
                g.setStroke(st.colour(s).darker());
                g.strokeRect(1.5, 2.5, W - 3, H - 5);
            });
        }
        paint(succeeded, timeline, (g, st) -> TimelinePainter.glyph(g, st, TaskState.SUCCEEDED, W / 2, H / 2));
        paint(failed, timeline, (g, st) -> TimelinePainter.glyph(g, st, TaskState.FAILED, W / 2, H / 2));
        paint(cancelled, timeline, (g, st) -> TimelinePainter.glyph(g, st, TaskState.CANCELLED, W / 2, H / 2));
        paint(cancelRequested, timeline, (g, st) -> {
            double[] xs = {W / 2 - 4, W / 2 + 4, W / 2}, ys = {3, 3, 9};
            g.setStroke(st.text());
            g.setLineWidth(1.2);
            g.strokePolygon(xs, ys, 3);
        });
        paint(late, timeline, (g, st) -> {
            g.setFill(st.late());
            g.fillPolygon(new double[] {W / 2 - 4, W / 2 + 4, W / 2}, new double[] {1, 1, 7}, 3);
            g.setStroke(st.late());
            g.strokeLine(W / 2 + 0.5, 1, W / 2 + 0.5, H);
        });
        paint(await, timeline, (g, st) -> line(g, st.caller(), 2, 6, 3));
        paint(ideal, timeline, (g, st) -> line(g, st.guide(), 1.5, 8, 4));
        paint(playhead, timeline, (g, st) -> line(g, st.playhead(), 2));
        paint(held, timeline, (g, st) -> {
            g.setStroke(st.text());
            g.setLineWidth(2);
            g.strokeLine(2, H - 2, W - 2, H - 2);
        });
        paint(interrupted, timeline, (g, st) -> TimelinePainter.interrupt(g, st, W / 2, H / 2, true));
        paint(interruptIgnored, timeline, (g, st) -> TimelinePainter.interrupt(g, st, W / 2, H / 2, false));
        timeline.timelineStyleProperty().addListener((obs, was, now) -> repaints.forEach(Runnable::run));
        // The symbols grow with the text (presenter mode's 21 px at 200 %: 1.67 times), so a mark is read beside its words.
        Label probe = stateLabels.get(states[0]);
        probe.fontProperty().addListener((obs, was, now) -> {
            double k = Math.max(1, now.getSize() / TEXT_PX);
            if (Math.abs(k - symbolScale) < 0.01) return;
            symbolScale = k;
            repaints.forEach(Runnable::run);
        });
        Canvas[] marks = {succeeded, failed, cancelled, cancelRequested, late, await, ideal, playhead, held, interrupted, interruptIgnored};
        for (LegendEntries.Mark m : LegendEntries.Mark.values()) markItems.put(m, marks[m.ordinal()].getParent());
        messages.localeProperty().addListener(o -> wordStates());
        var onScreen = shown.and(tight.not().or(kept));
        getRoot().visibleProperty().bind(onScreen);
        getRoot().managedProperty().bind(onScreen);
        shown.addListener((o, was, now) -> kept.set(now));
        foldedNote.getStyleClass().addAll("legend-folded-note", "flat");
        foldedNote.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdal-legend_toggle"));
        foldedNote.setFocusTraversable(false);
        foldedNote.visibleProperty().bind(shown.and(tight).and(kept.not()));
        foldedNote.setOnAction(e -> kept.set(true));
        messages.localeProperty().addListener(o -> wordNote());
        wordNote();
        show(LegendEntries.NONE);
    }

    /** Whether the legend is on screen (the teacher folds it away to give the timeline its rows). */
    public BooleanProperty shownProperty() { return shown; }

    /** Set while the legend on screen would leave a run less whole on the timeline: it folds itself unless kept. */
    public BooleanProperty tightProperty() { return tight; }

    /** Whether the legend takes its row now (shown, and not folded for room). */
    public boolean onScreen() { return getRoot().isVisible(); }

    /** "Legend" in the ruler's corner while the legend is folded for room; a click brings it back for good. */
    public Button foldedNote() { return foldedNote; }

    private void wordNote() {
        foldedNote.setText(messages.text("legend.folded"));
        foldedNote.setTooltip(new Tooltip(messages.text("legend.folded.tip")));
        foldedNote.setAccessibleText(messages.text("legend.folded.tip"));
    }

    /** Lists exactly these entries. */
    public void show(LegendEntries now) {
        entries = now;
        stateItems.forEach((s, item) -> showItem(item, now.shows(s)));
        markItems.forEach((m, item) -> showItem(item, now.shows(m)));
        wordStates();
    }

    public LegendEntries entries() { return entries; }

    private static void showItem(javafx.scene.Node item, boolean on) {
        item.setVisible(on);
        item.setManaged(on);
    }

    /** Ready and computing name the loop, or Java's carriers and pool threads, or both when both kinds of run are shown. */
    private void wordStates() {
        boolean both = entries.java() == entries.python(), java = entries.java();
        stateLabels.forEach((s, label) -> label.setText(both || (s != LaneState.READY && s != LaneState.COMPUTING)
                ? EngineWords.laneState(messages.words(), s)
                : messages.text(s == LaneState.READY
                        ? (java ? "legend.ready.java" : "legend.ready.loop")
                        : (java ? "legend.computing.java" : "legend.computing.loop"))));
    }

    /** Paints the swatch now, and again whenever the timeline's style changes (the theme). */
    private void paint(Canvas swatch, TimelineCanvas timeline, BiConsumer<GraphicsContext, TimelineStyle> paint) {
        Runnable repaint = () -> {
            double k = symbolScale;
            swatch.setWidth(Math.ceil(W * k));
            swatch.setHeight(Math.ceil(H * k));
            GraphicsContext g = swatch.getGraphicsContext2D();
            g.clearRect(0, 0, swatch.getWidth(), swatch.getHeight());
            g.save();
            g.scale(k, k);
            paint.accept(g, timeline.timelineStyleProperty().get());
            g.restore();
        };
        repaint.run();
        repaints.add(repaint);
    }

    private static void line(GraphicsContext g, Color colour, double width, double... dashes) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.strokeLine(W / 2 + 0.5, 0, W / 2 + 0.5, H);
        g.setLineDashes();
    }
}
