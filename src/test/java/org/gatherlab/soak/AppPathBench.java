package org.gatherlab.soak;

import static org.gatherlab.app.fx.FxCalls.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;

import org.gatherlab.app.editor.GenerateSpec;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.app.run.RunViewModel;
import org.gatherlab.app.shell.GatherLabApp;
import org.gatherlab.app.shell.LanguageSetting;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.engine.Strategy;
import org.gatherlab.runtime.CpuTime;

/**
 * Issue 10's app path, end to end in the real window (not a unit test): the app at 1280×800 with the default
 * comparison plus a TaskGroup (four runs), 100,000 generated tasks, then Run pressed a few times. For each step it
 * gives the time until every run is on screen with its card (the first layout pulse that shows them all), and what the
 * FX thread went through meanwhile:
 * <ul>
 *   <li>the longest gap between two pulses (an {@link AnimationTimer}; 16.7 ms at 60 Hz when nothing blocks), with
 *       how much of it the FX thread waited for a CPU (its {@code schedstat}, which no work of ours causes);</li>
 *   <li>the longest block: a ping posted to the FX thread every millisecond (one at a time) and the time until it
 *       ran, so a 100 ms job on the FX thread reads 100 ms whether or not a pulse was due;</li>
 *   <li>the CPU time of the FX thread and of the whole process.</li>
 * </ul>
 * Run it on the shipped launcher's JIT (C1) and collector ({@code gatherlab.jvm.options} in pom.xml), headless (Monocle,
 * software rendering), after
 * {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt -Dmdep.includeScope=test}:
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn256m -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *     -Dheadless.geometry=1280x800-32 -cp target/classes:target/test-classes:$(cat target/cp-test.txt) \
 *     org.gatherlab.soak.AppPathBench [tasks=100000] [runs=5]
 * </pre>
 */
public final class AppPathBench {
    private AppPathBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path home = Files.createTempDirectory("gatherlab-apppath");
        Files.writeString(home.resolve("settings.properties"), LanguageSetting.KEY + "=en\n");
        System.setProperty(GatherLabApp.HOME_PROPERTY, home.toString());
        System.setProperty(GatherLabApp.WINDOW_PROPERTY, "1280x800");

        GatherLabApp app = new GatherLabApp();
        Stage[] stage = new Stage[1];
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            started.complete(null);
        });
        started.get(120, TimeUnit.SECONDS);
        ScenarioEditorModel editor = app.editor();
        ComparisonModel comparison = app.comparison();
        Probe probe = fx(() -> new Probe(stage[0].getScene()));

        fx(() -> editor.addRun(Strategy.TASKGROUP));
        waitUntil(60, () -> shows(editor, comparison, editor.tasks().size(), 4));
        Thread.sleep(2000);   // the first frame's deferred work (the classroom, bundles) out of the way

        System.out.printf(Locale.ROOT, "app path, %,d tasks, 4 runs, load average %s%n", n, load());
        Step generate = probe.step("generate", () -> editor.generateTasks(new GenerateSpec(n, 10, 1000, 0.05, 0.8, 7)),
                () -> shows(editor, comparison, n, 4));
        System.out.println(generate);
        Button run = fx(() -> (Button) stage[0].getScene().lookup(".run-button"));
        List<Step> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Thread.sleep(1500);
            Step s = probe.step("run " + (i + 1), run::fire, () -> ranAll(comparison, n));
            System.out.println(s);
            runs.add(s);
        }
        System.out.printf(Locale.ROOT, "run, median of %d: %s; load average %s%n", repeats, Step.median(runs), load());
        fx(() -> {
            app.stop();
            stage[0].close();
        });
        Platform.exit();
        System.exit(0);
    }

    /** Every run of the editor's scenario on screen, with its card: the picture after an edit or Generate. */
    private static boolean shows(ScenarioEditorModel editor, ComparisonModel comparison, int tasks, int runs) {
        if (editor.checkingProperty().get() || editor.generatingProperty().get() || comparison.isStale()) return false;
        return done(comparison, tasks, runs);
    }

    /** A Run's result: every run finished, its lanes and its card. */
    private static boolean ranAll(ComparisonModel comparison, int tasks) {
        return !comparison.isRunning() && done(comparison, tasks, comparison.runs().size());
    }

    private static boolean done(ComparisonModel comparison, int tasks, int runs) {
        List<TimelineRun> timeline = comparison.timelineRuns();
        if (timeline.size() != runs || comparison.runs().size() != runs) return false;
        for (TimelineRun t : timeline) if (t.status() != TimelineRun.Status.DONE || t.taskCount() != tasks) return false;
        for (RunViewModel r : comparison.runs()) if (r.getState() != RunViewModel.State.DONE || r.getSummary() == null) return false;
        return true;
    }

    /**
     * One step's figures: until every run was on screen ({@code ms}), the longest pulse gap and the part of it the FX
     * thread waited for a CPU, the longest ping, gaps over 33.3 ms (a frame missed), CPU of the FX thread and process.
     */
    record Step(String name, double ms, double gapMs, double gapWaitMs, double unwaitedMs, double ownMs, double pingMs, int missed,
                double fxCpuMs, double cpuMs) {
        @Override public String toString() {
            return String.format(Locale.ROOT, "%s: on screen after %.0f ms; longest pulse gap %.1f ms (%.1f ms of it waiting for a CPU), "
                    + "longest gap less its wait for a CPU %.1f ms, most FX work between two pulses %.1f ms, longest FX block (ping) %.1f ms, "
                    + "frames missed %d; CPU: FX thread %.0f ms, process %.0f ms",
                    name, ms, gapMs, gapWaitMs, unwaitedMs, ownMs, pingMs, missed, fxCpuMs, cpuMs);
        }

        static Step median(List<Step> steps) {
            return new Step("median", med(steps, Step::ms), med(steps, Step::gapMs), med(steps, Step::gapWaitMs), med(steps, Step::unwaitedMs),
                    med(steps, Step::ownMs), med(steps, Step::pingMs), (int) med(steps, s -> s.missed), med(steps, Step::fxCpuMs), med(steps, Step::cpuMs));
        }

        private static double med(List<Step> steps, java.util.function.ToDoubleFunction<Step> f) {
            double[] v = steps.stream().mapToDouble(f).sorted().toArray();
            return v[v.length / 2];
        }
    }

    /** Watches the FX thread: pulses (timer and the layout pulse that shows a step done) and a ping thread. */
    private static final class Probe {
        private final javafx.scene.Scene scene;
        // FX thread only.
        private long lastPulse, longestGap, longestGapWait, lastWait, lastRun, longestUnwaited, longestOwn, missed, doneAt;
        private BooleanSupplier until;
        // Ping thread and FX thread.
        private volatile long longestPing;
        private volatile boolean pinging;

        Probe(javafx.scene.Scene scene) {
            this.scene = scene;
            new AnimationTimer() {
                @Override public void handle(long now) { pulse(); }
            }.start();
            scene.addPostLayoutPulseListener(() -> {
                if (until != null && doneAt == 0 && until.getAsBoolean()) doneAt = System.nanoTime();
            });
            Thread ping = new Thread(this::ping, "fx-ping");
            ping.setDaemon(true);
            ping.start();
        }

        private void pulse() {
            long now = System.nanoTime();
            long[] stat = schedstat();
            if (lastPulse != 0) {
                long gap = now - lastPulse, waited = stat[1] - lastWait;
                if (gap > longestGap) {
                    longestGap = gap;
                    longestGapWait = waited;
                }
                // What load does not explain: the FX thread's own work, and the time it was stopped (a collection's
                // pause) or blocked, not the time it was ready and had no CPU.
                longestUnwaited = Math.max(longestUnwaited, gap - waited);
                longestOwn = Math.max(longestOwn, stat[0] - lastRun);
                if (gap > 33_333_333) missed++;
            }
            lastPulse = now;
            lastRun = stat[0];
            lastWait = stat[1];
        }

        /** One ping at a time: each measures how long the FX thread took to get to it. */
        private void ping() {
            while (true) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
                if (!pinging) continue;
                long sent = System.nanoTime();
                CompletableFuture<Void> ran = new CompletableFuture<>();
                Platform.runLater(() -> {
                    longestPing = Math.max(longestPing, System.nanoTime() - sent);
                    ran.complete(null);
                });
                ran.join();
            }
        }

        Step step(String name, Runnable action, BooleanSupplier done) throws Exception {
            long[] fx0 = fx(() -> {
                lastPulse = 0;
                longestGap = longestGapWait = longestUnwaited = longestOwn = missed = doneAt = 0;
                longestPing = 0;
                until = done;
                pinging = true;
                long t0 = System.nanoTime();
                long[] r = {t0, CpuTime.threadNanos(), CpuTime.processNanos()};
                action.run();
                return r;
            });
            waitUntil(300, () -> doneAt != 0);
            Thread.sleep(100);   // the pulses just after it count too: the picture must keep moving
            return fx(() -> {
                pinging = false;
                until = null;
                double fxCpu = (CpuTime.threadNanos() - fx0[1]) / 1e6, cpu = (CpuTime.processNanos() - fx0[2]) / 1e6;
                return new Step(name, (doneAt - fx0[0]) / 1e6, longestGap / 1e6, longestGapWait / 1e6, longestUnwaited / 1e6, longestOwn / 1e6,
                        longestPing / 1e6, (int) missed, fxCpu, cpu);
            });
        }

        /** The calling thread's schedstat: nanoseconds on a CPU, and waiting on a run queue. */
        private static long[] schedstat() {
            try {
                String[] f = Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split(" ");
                return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
            } catch (Exception e) {
                return new long[2];
            }
        }
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) throw new IllegalStateException("not reached in " + seconds + " s");
            Thread.sleep(5);
        }
    }
}
