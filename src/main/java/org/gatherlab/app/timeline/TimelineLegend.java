package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import org.gatherlab.app.fx.EngineWords;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.TaskState;
import org.gatherlab.report.LaneState;

/**
 * What every swatch, glyph and line of the timeline means, painted with the timeline's own style (so it
 * follows the theme): the lane states with their patterns, the three ends, a cancel request, a late timer,
 * the await's end, an ideal total and the playhead.
 */
public final class TimelineLegend extends FlowPane {
    private static final double W = 26, H = 14;

    private final List<Runnable> repaints = new ArrayList<>();
    /** Each item's label and how to word it. */
    private final List<Map.Entry<Label, Function<Words, String>>> labels = new ArrayList<>();

    public TimelineLegend(TimelineCanvas timeline, Messages messages) {
        getStyleClass().add("timeline-legend");
        for (LaneState s : LaneState.values()) {
            item(w -> EngineWords.laneState(w, s), (g, st) -> {
                g.setFill(st.pattern(s));
                g.fillRect(1, 2, W - 2, H - 4);
                g.setStroke(st.colour(s).darker());
                g.strokeRect(1.5, 2.5, W - 3, H - 5);
            }, timeline);
        }
        item(w -> w.text("legend.succeeded"), (g, st) -> TimelinePainter.glyph(g, st, TaskState.SUCCEEDED, W / 2, H / 2), timeline);
        item(w -> w.text("legend.failed"), (g, st) -> TimelinePainter.glyph(g, st, TaskState.FAILED, W / 2, H / 2), timeline);
        item(w -> w.text("legend.cancelled"), (g, st) -> TimelinePainter.glyph(g, st, TaskState.CANCELLED, W / 2, H / 2), timeline);
        item(w -> w.text("legend.cancelRequested"), (g, st) -> {
            double[] xs = {W / 2 - 4, W / 2 + 4, W / 2}, ys = {3, 3, 9};
            g.setStroke(st.text());
            g.setLineWidth(1.2);
            g.strokePolygon(xs, ys, 3);
        }, timeline);
        item(w -> w.text("legend.late"), (g, st) -> {
            g.setFill(st.late());
            g.fillPolygon(new double[] {W / 2 - 4, W / 2 + 4, W / 2}, new double[] {1, 1, 7}, 3);
            g.setStroke(st.late());
            g.strokeLine(W / 2 + 0.5, 1, W / 2 + 0.5, H);
        }, timeline);
        item(w -> w.text("legend.await"), (g, st) -> line(g, st.caller(), 2, 6, 3), timeline);
        item(w -> w.text("legend.ideal"), (g, st) -> line(g, st.guide(), 1.5, 8, 4), timeline);
        item(w -> w.text("legend.playhead"), (g, st) -> line(g, st.playhead(), 2), timeline);
        timeline.timelineStyleProperty().addListener((obs, was, now) -> repaints.forEach(Runnable::run));
        word(messages.words());
        messages.localeProperty().addListener(o -> word(messages.words()));
    }

    private void word(Words w) {
        for (var e : labels) e.getKey().setText(e.getValue().apply(w));
        setAccessibleText(w.text("legend.accessible"));
    }

    private void item(Function<Words, String> text, BiConsumer<GraphicsContext, TimelineStyle> paint, TimelineCanvas timeline) {
        Canvas swatch = new Canvas(W, H);
        Runnable repaint = () -> {
            GraphicsContext g = swatch.getGraphicsContext2D();
            g.clearRect(0, 0, W, H);
            g.save();
            paint.accept(g, timeline.timelineStyleProperty().get());
            g.restore();
        };
        repaint.run();
        repaints.add(repaint);
        Label label = new Label();
        labels.add(Map.entry(label, text));
        HBox box = new HBox(swatch, label);
        box.getStyleClass().add("legend-item");
        getChildren().add(box);
    }

    private static void line(GraphicsContext g, javafx.scene.paint.Color colour, double width, double... dashes) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.strokeLine(W / 2 + 0.5, 0, W / 2 + 0.5, H);
        g.setLineDashes();
    }
}
