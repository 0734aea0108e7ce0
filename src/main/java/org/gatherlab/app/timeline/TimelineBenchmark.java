package org.gatherlab.app.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import org.gatherlab.runs.Engine;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.runtime.SystemTime;

/**
 * Frame time of the timeline while playing (not a unit test). For N tasks under three runs
 * ({@code gather}, {@code gather} inside {@code Semaphore(100)}, {@code gather} with 8 processes) it plays
 * the whole span in {@value #FRAMES} frames on a 1280×800 canvas and reports, per frame:
 * <ul>
 * <li>layout: {@link TimelineLayout#layout} alone;</li>
 * <li>layout + paint: plus {@link TimelinePainter#paint}, i.e. everything the FX thread does per frame;</li>
 * <li>+ raster: plus rasterising the canvas (forced with a snapshot into a reused image, which also reads
 *     the pixels back; the cost of snapshotting a blank canvas is printed for reference).</li>
 * </ul>
 * Run it with software rendering, e.g. under Xvfb:
 * {@code xvfb-run java -Dprism.order=sw --module-path ... -m org.gatherlab/org.gatherlab.app.timeline.TimelineBenchmark}.
 * Arguments: task counts (default 1000 10000).
 */
public final class TimelineBenchmark {
    private TimelineBenchmark() {}

    static final int FRAMES = 600, WARMUP = 200, ROUNDS = 3;
    static final double WIDTH = 1280, HEIGHT = 800;

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1000, 10_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        // Everything runs on the FX thread, as the timeline does in the app, once the toolkit is up.
        Platform.startup(() -> {
            PauseTransition start = new PauseTransition(Duration.millis(1));
            start.setOnFinished(e -> {
                try {
                    report(sizes);
                } finally {
                    Platform.exit();
                }
            });
            start.play();
        });
    }

    private static void report(int[] sizes) {
        System.out.printf(Locale.ROOT, "Timeline frame time, %.0f×%.0f canvas, prism.order=%s, %d frames after %d warm-up frames,"
                + " best of %d rounds; %d cores, load average %.1f%n", WIDTH, HEIGHT, System.getProperty("prism.order", "(default)"),
                FRAMES, WARMUP, ROUNDS, Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf(Locale.ROOT, "blank canvas snapshot (raster + read-back baseline): p50 %.2f ms%n", blankSnapshot());
        for (int n : sizes) {
            List<TimelineRun> runs = runs(n);
            for (double scroll : new double[] {0, 0.5}) {
                // Best of three rounds (by the full frame's p99): other processes on a shared machine
                // add pauses that are not the timeline's.
                double[][] t = null;
                for (int round = 0; round < ROUNDS; round++) {
                    double[][] r = measure(runs, scroll);
                    if (t == null || pct(r[2], 99) < pct(t[2], 99)) t = r;
                }
                System.out.printf(Locale.ROOT, "%,7d tasks × 3 runs, lanes scrolled to %3.0f%%: layout p50 %.2f p99 %.2f | "
                                + "layout+paint p50 %.2f p99 %.2f | +raster p50 %.2f p99 %.2f ms%n",
                        n, scroll * 100, pct(t[0], 50), pct(t[0], 99), pct(t[1], 50), pct(t[1], 99), pct(t[2], 50), pct(t[2], 99));
            }
        }
    }

    /** N seeded tasks: four in five I/O of 20–500 ms, one in five CPU of 1–25 ms; one in twenty fails. */
    static List<TimelineRun> runs(int n) {
        Random random = new Random(11);
        List<TaskSpec> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TaskSpec t = random.nextInt(5) == 0 ? TaskSpec.cpu("t" + i, 1 + random.nextInt(25)) : TaskSpec.io("t" + i, 20 + random.nextInt(481));
            tasks.add(t.withFailureRate(0.05));
        }
        List<RunSpec> specs = List.of(RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.GATHER).withLimit(100),
                RunSpec.of(Strategy.GATHER).withProcesses(8));
        Scenario scenario = new Scenario("benchmark", "", 11, tasks, specs);
        List<TimelineRun> runs = new ArrayList<>();
        for (RunSpec s : specs) runs.add(TimelineRun.of(Engine.runVirtual(scenario, s, TraceListener.NONE).trace()));
        return runs;
    }

    /** Per frame: [layout, layout+paint, layout+paint+raster] in ms. */
    private static double[][] measure(List<TimelineRun> runs, double scrollFraction) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        GraphicsContext g = canvas.getGraphicsContext2D();
        WritableImage image = new WritableImage((int) WIDTH, (int) HEIGHT);
        SnapshotParameters params = new SnapshotParameters();
        TimelineStyle style = TimelineStyle.defaults();
        double span = TimelineLayout.spanMs(runs);
        ViewportModel viewport = new ViewportModel();
        viewport.resize(WIDTH, HEIGHT);
        viewport.resolve(span, TimelineLayout.contentHeight(runs));
        viewport.scrollTo(viewport.maxScrollY() * scrollFraction);
        Viewport vp = viewport.resolve(span, TimelineLayout.contentHeight(runs));
        double[][] out = new double[3][FRAMES];
        for (int i = -WARMUP; i < FRAMES; i++) {
            double playhead = span * Math.floorMod(i, FRAMES) / (FRAMES - 1);
            long t0 = SystemTime.nanos();
            Frame frame = TimelineLayout.layout(runs, playhead, vp, "t7");
            long t1 = SystemTime.nanos();
            TimelinePainter.paint(g, frame, style, null);
            long t2 = SystemTime.nanos();
            canvas.snapshot(params, image);
            long t3 = SystemTime.nanos();
            if (i >= 0) {
                out[0][i] = (t1 - t0) / 1e6;
                out[1][i] = (t2 - t0) / 1e6;
                out[2][i] = (t3 - t0) / 1e6;
            }
        }
        return out;
    }

    private static double blankSnapshot() {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        WritableImage image = new WritableImage((int) WIDTH, (int) HEIGHT);
        SnapshotParameters params = new SnapshotParameters();
        double[] t = new double[200];
        for (int i = -50; i < t.length; i++) {
            canvas.getGraphicsContext2D().fillRect(0, 0, WIDTH, HEIGHT);
            long t0 = SystemTime.nanos();
            canvas.snapshot(params, image);
            if (i >= 0) t[i] = (SystemTime.nanos() - t0) / 1e6;
        }
        return pct(t, 50);
    }

    /** The 1-minute load average from /proc, or NaN: how busy the machine was while measuring. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double pct(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.clamp(i, 0, sorted.length - 1)];
    }

}
