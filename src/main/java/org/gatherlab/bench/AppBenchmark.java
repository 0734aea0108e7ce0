package org.gatherlab.bench;

import org.gatherlab.app.editor.GenerateSpec;
import org.gatherlab.app.editor.ScenarioCheck;
import org.gatherlab.app.editor.TaskGenerator;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.app.editor.DefaultScenario;
import org.gatherlab.app.timeline.TimelineLayout;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.app.timeline.Viewport;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.runtime.SystemTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The app's path from an edit or Run to every run on screen, without the toolkit (not a unit test): generate N
 * tasks, check them as the editor does, compute the comparison's runs (the background thread's share), take them in
 * (one pulse: the FX thread's share) and lay out the first frame (FX thread). Median of 5 after warm-up, per phase.
 * Run from the image: {@code target/image/bin/java -XX:+UseParallelGC -m org.gatherlab/org.gatherlab.bench.AppBenchmark [N...]}
 * (default 10000 100000). The comparisons: the default one (sequential, gather, gather with 4 processes) and four
 * runs (those three and a TaskGroup).
 */
public final class AppBenchmark {
    private AppBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {10_000, 100_000};
        for (int n : sizes) measure(n);
    }

    private static void measure(int n) {
        int reps = 5;
        int warm = Math.max(2, 300_000 / n);
        long[] gen = new long[reps], check = new long[reps], compute3 = new long[reps], take3 = new long[reps], frame3 = new long[reps];
        long[] compute4 = new long[reps], take4 = new long[reps], frame4 = new long[reps];
        for (int r = -warm; r < reps; r++) {
            int i = Math.max(r, 0);
            long t0 = SystemTime.nanos();
            List<TaskSpec> tasks = TaskGenerator.generate(new GenerateSpec(n, 10, 1000, 0.05, 0.8, 7));
            long t1 = SystemTime.nanos();
            Scenario three = new Scenario("bench", "", DefaultScenario.SEED, tasks, DefaultScenario.runs());
            ScenarioCheck.problems(three, "bench.json");
            long t2 = SystemTime.nanos();
            gen[i] = t1 - t0;
            check[i] = t2 - t1;
            comparison(three, compute3, take3, frame3, i);
            List<RunSpec> runs = new ArrayList<>(DefaultScenario.runs());
            runs.add(RunSpec.of(Strategy.TASKGROUP));
            comparison(new Scenario("bench", "", DefaultScenario.SEED, tasks, runs), compute4, take4, frame4, i);
        }
        System.out.printf(Locale.ROOT, "app n=%,d: generate %.1f ms, check %.1f ms%n", n, ms(gen), ms(check));
        System.out.printf(Locale.ROOT, "app n=%,d, 3 runs: compute %.1f ms (background), take in %.1f ms + first frame %.1f ms (FX thread), total %.1f ms%n",
                n, ms(compute3), ms(take3), ms(frame3), ms(compute3) + ms(take3) + ms(frame3));
        System.out.printf(Locale.ROOT, "app n=%,d, 4 runs: compute %.1f ms (background), take in %.1f ms + first frame %.1f ms (FX thread), total %.1f ms%n",
                n, ms(compute4), ms(take4), ms(frame4), ms(compute4) + ms(take4) + ms(frame4));
    }

    private static void comparison(Scenario s, long[] compute, long[] take, long[] frame, int i) {
        ComparisonModel model = new ComparisonModel(BackgroundWork.direct());
        long t0 = SystemTime.nanos();
        model.run(s, ClockKind.VIRTUAL);   // direct: the runs are computed here, their results wait in the inbox
        long t1 = SystemTime.nanos();
        model.pulse(t1);
        long t2 = SystemTime.nanos();
        List<TimelineRun> runs = model.timelineRuns();
        Viewport vp = new Viewport(0, TimelineLayout.spanMs(runs) / 1100, 1280, 700, 0);
        TimelineLayout.layout(runs, model.layoutPlayheadMs(), vp);
        long t3 = SystemTime.nanos();
        compute[i] = t1 - t0;
        take[i] = t2 - t1;
        frame[i] = t3 - t2;
    }

    private static double ms(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
