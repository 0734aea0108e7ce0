package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.gatherlab.app.fx.PngEncoder;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline canvas at presenter scale, and its 2× redraw for export. */
class TimelineCanvasScaleFxTest extends ApplicationTest {
    private TimelineCanvas canvas;
    private final List<TimelineRun> runs = List.of(TimelineLayoutTest.threeDownloads(RunSpec.of(Strategy.GATHER)));

    @Override public void start(Stage stage) {
        canvas = new TimelineCanvas();
        // The scale alone: at 2× the three lanes would not fit 240 px, and fit runs would make them compact.
        canvas.fitRunsProperty().set(false);
        stage.setScene(new Scene(canvas, 640, 240));
        stage.show();
        canvas.render(runs, Double.POSITIVE_INFINITY, null);
    }

    @Test void scaleMakesLanesTallerOnScreen() {
        double h1 = fx(() -> {
            canvas.render(runs, Double.POSITIVE_INFINITY, null);
            Frame f = canvas.getFrame();
            return f.viewport().device(f.all(Primitive.LaneLabel.class).getFirst().h());
        });
        double h2 = fx(() -> {
            canvas.setScale(2);
            canvas.render(runs, Double.POSITIVE_INFINITY, null);
            Frame f = canvas.getFrame();
            return f.viewport().device(f.all(Primitive.LaneLabel.class).getFirst().h());
        });
        assertEquals(2 * h1, h2);
    }

    @Test void theTwoTimesExportIsRedrawnAtTwiceTheWidth() {
        int[] sizes = fx(() -> {
            canvas.render(runs, Double.POSITIVE_INFINITY, null);
            WritableImage one = canvas.redraw(1), two = canvas.redraw(2);
            assertNotNull(one);
            assertNotNull(two);
            PngEncoder.Pixels p1 = org.gatherlab.app.classroom.export.Exporter.snapshot(canvas, 1);
            PngEncoder.Pixels p2 = org.gatherlab.app.classroom.export.Exporter.snapshot(canvas, 2);
            return new int[] {(int) one.getWidth(), (int) two.getWidth(), (int) one.getHeight(), (int) two.getHeight(), p1.width(), p2.width()};
        });
        assertEquals(2 * sizes[0], sizes[1], "2× is twice as wide");
        assertEquals(2 * sizes[2], sizes[3], "and twice as tall");
        assertEquals(2 * sizes[4], sizes[5], "the 2× PNG is twice the 1× PNG's width");
    }

    private static <T> T fx(Callable<T> c) {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        javafx.application.Platform.runLater(() -> {
            try { out.set(c.call()); } catch (Exception e) { err.set(e); }
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (err.get() != null) throw new AssertionError(err.get());
        return out.get();
    }
}
