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
import javafx.scene.control.Label;
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
 */
public final class TimelineLegend extends UiPart<FlowPane> {
    private static final double W = 26, H = 14;

    private final List<Runnable> repaints = new ArrayList<>();
    private final Map<LaneState, HBox> stateItems = new EnumMap<>(LaneState.class);
    private final Map<LegendEntries.Mark, javafx.scene.Node> markItems = new EnumMap<>(LegendEntries.Mark.class);
    private final Map<LaneState, Label> stateLabels = new EnumMap<>(LaneState.class);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final Messages messages;
    private LegendEntries entries = LegendEntries.NONE;

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
        Canvas[] marks = {succeeded, failed, cancelled, cancelRequested, late, await, ideal, playhead, held, interrupted, interruptIgnored};
        for (LegendEntries.Mark m : LegendEntries.Mark.values()) markItems.put(m, marks[m.ordinal()].getParent());
        messages.localeProperty().addListener(o -> wordStates());
        getRoot().visibleProperty().bind(shown);
        getRoot().managedProperty().bind(shown);
        show(LegendEntries.NONE);
    }

    /** Whether the legend is on screen (the teacher folds it away to give the timeline its rows). */
    public BooleanProperty shownProperty() { return shown; }

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
            GraphicsContext g = swatch.getGraphicsContext2D();
            g.clearRect(0, 0, W, H);
            g.save();
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
