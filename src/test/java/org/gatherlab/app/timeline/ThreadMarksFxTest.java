package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.gatherlab.app.fx.PngEncoder;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runs.Engine;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Java run's thread marks painted by the real canvas (GS17 beside invokeAll on one carrier), saved as
 * {@code target/screenshots/timeline-java-threads.png} (2×) to be looked at: carriers along the lanes' feet, bolts. The
 * canvas alone, without the app's stylesheets, paints on its unstyled (dark) ground.
 */
class ThreadMarksFxTest extends ApplicationTest {
    private TimelineCanvas canvas;

    private static TimelineRun run(RunSpec spec, List<TaskSpec> tasks) {
        return TimelineRun.of(Engine.runVirtual(Scenario.of("java", tasks, List.of(spec)), spec, TraceListener.NONE).trace());
    }

    private final List<TimelineRun> runs = List.of(
            run(RunSpec.of(Strategy.STRUCTURED), List.of(TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300))),
            run(RunSpec.of(Strategy.INVOKE_ALL).withCores(1), List.of(TaskSpec.io("A", 100), TaskSpec.cpu("B", 300), TaskSpec.io("C", 50))));

    @Override public void start(Stage stage) {
        canvas = new TimelineCanvas();
        stage.setScene(new Scene(canvas, 800, 260));
        stage.show();
    }

    @Test void theMarksArePaintedAndSaved() throws Exception {
        AtomicReference<PngEncoder.Pixels> png = new AtomicReference<>();
        AtomicReference<Integer> marks = new AtomicReference<>();
        javafx.application.Platform.runLater(() -> {
            canvas.render(runs, Double.POSITIVE_INFINITY, null);
            marks.set(canvas.getFrame().all(Primitive.InterruptMark.class).size() + canvas.getFrame().all(Primitive.HeldLine.class).size());
            png.set(org.gatherlab.app.classroom.export.Exporter.snapshot(canvas, 2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of("target/screenshots/timeline-java-threads.png");
        Files.createDirectories(out.getParent());
        Files.write(out, PngEncoder.encode(png.get()));
        assertEquals(true, marks.get() >= 3, "B's carrier and two bolts in GS17, the carrier stretches on one carrier");
    }
}
