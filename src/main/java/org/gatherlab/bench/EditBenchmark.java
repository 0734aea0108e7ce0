package org.gatherlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gatherlab.app.editor.DefaultScenario;
import org.gatherlab.app.editor.GenerateSpec;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.TaskGenerator;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.app.run.LiveComparison;
import org.gatherlab.app.run.TimelineEdits;
import org.gatherlab.app.timeline.Frame;
import org.gatherlab.app.timeline.Primitive;
import org.gatherlab.app.timeline.TimelineLayout;
import org.gatherlab.app.timeline.Viewport;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.runtime.CpuTime;
import org.gatherlab.runtime.SystemTime;

/**
 * Issue 9's figures for the always-current timeline, without the toolkit (not a unit test). The app's own models,
 * wired as in the app ({@link LiveComparison}, {@link TimelineEdits}), with every background step done in line, so a
 * sample is the whole chain one edit costs: the editor's check, the comparison computed and laid out (the engine's
 * thread), taken in (one pulse) and the 1280×700 frame laid out (the FX thread). Painting the canvas is not counted.
 * <ul>
 *   <li>{@code edit}: a duration typed in the table, to the updated picture; p50/p99 for the default comparison
 *       (sequential, gather, gather with 4 processes) at each size.</li>
 *   <li>{@code drag}: one frame of dragging a task's end marker (the pointer moves, the duration follows, every run
 *       is re-laid); p50/p99 per frame and the frame rate that allows.</li>
 * </ul>
 * Each line gives wall time and the CPU time of the benchmark's thread ({@link CpuTime#threadNanos}, about 1 ms
 * granular): on a machine shared with other work, wall time is mostly waiting for a core.
 * Run: {@code target/image/bin/java -XX:+UseParallelGC -m org.gatherlab/org.gatherlab.bench.EditBenchmark} (default
 * edits at 10 1000 10000, drags at 100 1000 10000); or {@code edit N...} / {@code drag N...}.
 */
public final class EditBenchmark {
    private EditBenchmark() {}

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "all";
        int[] given = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : null;
        if (what.equals("all") || what.equals("edit")) for (int n : given != null ? given : new int[] {10, 1_000, 10_000}) edit(n);
        if (what.equals("all") || what.equals("drag")) for (int n : given != null ? given : new int[] {100, 1_000, 10_000}) drag(n);
    }

    /** The app's models on one thread, showing the default comparison of {@code n} generated tasks. */
    private record Setup(ScenarioEditorModel editor, ComparisonModel comparison, TimelineEdits edits) {
        static Setup of(int n) {
            ScenarioEditorModel editor = new ScenarioEditorModel(BackgroundWork.direct(), () -> 7, Messages.english());
            ComparisonModel comparison = new ComparisonModel(BackgroundWork.direct(), Messages.english());
            new LiveComparison(editor, comparison);
            List<TaskSpec> tasks = n <= 26 ? new ArrayList<>(DefaultScenario.tasks()) : TaskGenerator.generate(new GenerateSpec(n, 10, 1000, 0.05, 0.8, 7));
            while (tasks.size() < n) tasks.add(TaskSpec.io("T" + tasks.size(), 100 + 10 * tasks.size()));
            editor.load(new Scenario("bench", "", DefaultScenario.SEED, tasks.subList(0, n), DefaultScenario.runs()));
            Setup s = new Setup(editor, comparison, new TimelineEdits(editor, comparison));
            s.frame();
            comparison.playback().scrub(comparison.playback().getEndMs());
            return s;
        }

        /** One pulse and the frame laid out: what the FX thread does for a new picture. */
        Frame frame() {
            comparison.pulse(SystemTime.nanos());
            Viewport vp = Viewport.fit(TimelineLayout.spanMs(comparison.timelineRuns()), 1280, 700);
            return TimelineLayout.layout(comparison.timelineRuns(), comparison.layoutPlayheadMs(), vp);
        }
    }

    private static void edit(int n) {
        Setup s = Setup.of(n);
        // 200 samples at every size: a p99 of 40 (as this took at 10,000 tasks before) is just the worst one.
        int samples = 200, warm = n <= 1_000 ? 100 : 50;
        long[] t = new long[samples], cpu = new long[samples];
        for (int i = -warm; i < samples; i++) {
            int task = Math.floorMod(i * 7, n);
            double d = s.editor().tasks().get(task).task().durationMs();
            long c0 = CpuTime.threadNanos();
            long t0 = SystemTime.nanos();
            s.editor().setTaskDuration(task, d == 500 ? 510 : 500);
            s.frame();
            long t1 = SystemTime.nanos();
            if (i >= 0) {
                t[i] = t1 - t0;
                cpu[i] = CpuTime.threadNanos() - c0;
            }
        }
        System.out.printf(Locale.ROOT, "edit -> picture, default comparison, n=%,d: p50 %.2f ms, p99 %.2f ms (%d edits); "
                        + "CPU of the thread p50 %.1f ms, p99 %.1f ms%n", n, pct(t, 50), pct(t, 99), samples, pct(cpu, 50), pct(cpu, 99));
    }

    private static void drag(int n) {
        Setup s = Setup.of(n);
        Frame f = s.frame();
        // The first end marker on screen (the top of sequential's panel): a drag grabs it and moves right 3 px a frame.
        Primitive.EndGlyph g = f.all(Primitive.EndGlyph.class).getFirst();
        Frame.EndHit hit = f.endAt(g.x(), g.cy());
        int frames = n <= 1_000 ? 300 : 40, warm = n <= 1_000 ? 100 : 10;
        long[] t = new long[frames], cpu = new long[frames];
        for (int i = -warm; i < frames; i++) {
            if (i == -warm || i == 0) {
                if (i == 0) s.edits().release(true);
                s.edits().press(hit);
            }
            long c0 = CpuTime.threadNanos();
            long t0 = SystemTime.nanos();
            s.edits().drag(hit.atMs() + 3 * f.viewport().msPerPixel() * (i + warm + 1), false);
            s.frame();
            long t1 = SystemTime.nanos();
            if (i >= 0) {
                t[i] = t1 - t0;
                cpu[i] = CpuTime.threadNanos() - c0;
            }
        }
        s.edits().release(true);
        double p50 = pct(t, 50), p99 = pct(t, 99);
        System.out.printf(Locale.ROOT, "drag frame, default comparison, n=%,d: p50 %.2f ms (%.0f fps), p99 %.2f ms (%d frames); "
                        + "CPU of the thread p50 %.1f ms, p99 %.1f ms%n", n, p50, 1000 / p50, p99, frames, pct(cpu, 50), pct(cpu, 99));
    }

    private static double pct(long[] ns, int p) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
    }
}
