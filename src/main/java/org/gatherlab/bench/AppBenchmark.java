package org.gatherlab.bench;

import org.gatherlab.runtime.CpuTime;
import org.gatherlab.runtime.SystemTime;
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

    /** Phases, in order; each is timed in wall time and in process CPU time. */
    private enum Phase { GENERATE, CHECK, COMPUTE_3, TAKE_IN_3, FRAME_3, COMPUTE_4, TAKE_IN_4, FRAME_4 }

    private static void measure(int n) {
        int reps = 5;
        int warm = Math.max(2, 300_000 / n);
        long[][] wall = new long[Phase.values().length][reps], cpu = new long[Phase.values().length][reps];
        for (int r = -warm; r < reps; r++) {
            Clocks c = new Clocks(wall, cpu, Math.max(r, 0));
            List<TaskSpec> tasks = TaskGenerator.generate(new GenerateSpec(n, 10, 1000, 0.05, 0.8, 7));
            c.lap(Phase.GENERATE);
            Scenario three = new Scenario("bench", "", DefaultScenario.SEED, tasks, DefaultScenario.runs());
            ScenarioCheck.problems(three, "bench.json");
            c.lap(Phase.CHECK);
            comparison(three, c, Phase.COMPUTE_3);
            List<RunSpec> runs = new ArrayList<>(DefaultScenario.runs());
            runs.add(RunSpec.of(Strategy.TASKGROUP));
            comparison(new Scenario("bench", "", DefaultScenario.SEED, tasks, runs), c, Phase.COMPUTE_4);
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "app n=%,d (median of %d, ms wall / ms process CPU):", n, reps));
        for (Phase p : Phase.values()) {
            line.append(String.format(Locale.ROOT, " %s %.1f/%.1f", p.name().toLowerCase(Locale.ROOT), ms(wall[p.ordinal()]), ms(cpu[p.ordinal()])));
        }
        System.out.println(line);
    }

    /** Takes in the comparison's runs and lays out the first frame: phases {@code compute} and the two after it. */
    private static void comparison(Scenario s, Clocks c, Phase compute) {
        ComparisonModel model = new ComparisonModel(BackgroundWork.direct());
        model.run(s, ClockKind.VIRTUAL);   // direct: the runs are computed here, their results wait in the inbox
        c.lap(compute);
        model.pulse(SystemTime.nanos());
        c.lap(Phase.values()[compute.ordinal() + 1]);
        List<TimelineRun> runs = model.timelineRuns();
        Viewport vp = new Viewport(0, TimelineLayout.spanMs(runs) / 1100, 1280, 700, 0);
        TimelineLayout.layout(runs, model.layoutPlayheadMs(), vp);
        c.lap(Phase.values()[compute.ordinal() + 2]);
    }

    /** Laps: the wall and CPU time since the previous lap, into the phase's slot of this repetition. */
    private static final class Clocks {
        private final long[][] wall, cpu;
        private final int rep;
        private long lastWall = SystemTime.nanos(), lastCpu = CpuTime.processNanos();

        Clocks(long[][] wall, long[][] cpu, int rep) {
            this.wall = wall;
            this.cpu = cpu;
            this.rep = rep;
        }

        void lap(Phase p) {
            long w = SystemTime.nanos(), c = CpuTime.processNanos();
            wall[p.ordinal()][rep] = w - lastWall;
            cpu[p.ordinal()][rep] = c - lastCpu;
            lastWall = w;
            lastCpu = c;
        }
    }

    private static double ms(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
