package org.gatherlab.soak;

import org.gatherlab.app.fx.FxBackgroundWork;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stop without the window: the comparison model's own part of a Stop (the run noticing, its threads ending, the report,
 * the model taking it in), pulsed every millisecond instead of every frame, over real runs of every strategy of both
 * families: Python's five (and gather with a real process pool) and Java's five (virtual threads, and two on a
 * platform pool), each with a 2 s sleep, a 1.5 s busy loop and two short tasks, stopped at a random moment 20-620 ms
 * in. With {@link AppSoakTest}'s end-to-end figure it says how much of a Stop is the model and how much the frame and
 * the machine. The machine's load average is written beside the figures (a loaded machine delays every thread). On
 * demand:
 * <pre>mvn -B -ntp test -Dgatherlab.aot.skip=true -Dtest=StopLatencyTest -Dgatherlab.soak=true</pre>
 * writes {@code target/soak/model-stops.csv} and {@code target/soak/model-stops-summary.txt}.
 */
@EnabledIfSystemProperty(named = "gatherlab.soak", matches = "true")
class StopLatencyTest {
    private static final long MS = 1_000_000;

    static List<RunSpec> everyStrategy() {
        List<RunSpec> runs = new ArrayList<>();
        for (Strategy s : Strategy.values()) runs.add(RunSpec.of(s));
        runs.add(RunSpec.of(Strategy.GATHER).withProcesses(2));
        runs.add(RunSpec.of(Strategy.INVOKE_ALL).withThreads(JavaThreads.PLATFORM).withCores(2));
        runs.add(RunSpec.of(Strategy.CF_ALLOF).withThreads(JavaThreads.PLATFORM).withCores(2));
        return runs;
    }

    /**
     * {@code waitedMs}: how long of {@code ms} the engine thread or the pulsing thread (the longer of the two: they may
     * wait at the same time) was runnable but had no CPU.
     */
    private record Stop(String run, String family, long afterMs, double ms, double waitedMs) {
        /** The Stop as it would have been had the machine run those two threads when they were ready: CPU-fair. */
        double fairMs() { return Math.max(0, ms - waitedMs); }
    }

    private record Timed(double ms, double waitedMs) { }

    @Test
    void aHundredStops() throws Exception {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 2000), TaskSpec.cpu("B", 1500), TaskSpec.io("C", 300), TaskSpec.cpu("D", 200));
        List<RunSpec> runs = everyStrategy();
        SplittableRandom random = new SplittableRandom(7);
        List<Stop> stops = new ArrayList<>();
        String loadBefore = load();
        try (FxBackgroundWork engine = new FxBackgroundWork("gatherlab-engine")) {
            ComparisonModel m = new ComparisonModel(engine);
            for (int i = 0; stops.size() < 100; i++) {
                RunSpec run = runs.get(i % runs.size());
                Scenario s = Scenario.of("stop " + run.strategy().json(), tasks, List.of(run));
                long after = 20 + random.nextInt(600);
                m.run(s, ClockKind.REAL);
                long start = System.nanoTime();
                while (m.isRunning() && System.nanoTime() - start < after * MS) {
                    m.pulse(System.nanoTime());
                    Thread.sleep(1);
                }
                if (!m.isRunning()) continue;   // over before the moment came: not a Stop
                Timed t = stop(m);
                stops.add(new Stop(m.runs().getFirst().getLabel(), run.strategy().family().name().toLowerCase(Locale.ROOT), after, t.ms(), t.waitedMs()));
            }
        }
        String loadAfter = load();
        List<String> rows = new ArrayList<>(List.of("stop,run,family,stopAfterMs,stopMs,waitedForCpuMs"));
        for (int i = 0; i < stops.size(); i++) {
            Stop s = stops.get(i);
            rows.add((i + 1) + ",\"" + s.run().replace("\"", "'") + "\"," + s.family() + "," + s.afterMs() + ","
                    + String.format(Locale.ROOT, "%.2f,%.2f", s.ms(), s.waitedMs()));
        }
        Path out = Files.createDirectories(Path.of("target", "soak"));
        Files.write(out.resolve("model-stops.csv"), rows);
        Stop worst = stops.stream().max(Comparator.comparingDouble(Stop::ms)).orElseThrow();
        Stop worstFair = stops.stream().max(Comparator.comparingDouble(Stop::fairMs)).orElseThrow();
        String summary = String.format(Locale.ROOT, "%d Stops of real runs of every strategy (model only, 1 ms pulses): %s; python %s; java %s;"
                        + " over 100 ms: %d; worst: %s stopped %d ms in; load average before %s, after %s%n"
                        + "less the time the engine or the pulsing thread waited for a CPU: %s; python %s; java %s; over 100 ms: %d;"
                        + " worst: %s stopped %d ms in (%.1f ms, of which %.1f ms waiting for a CPU)",
                stops.size(), figures(stops, Stop::ms), figures(family(stops, "python"), Stop::ms), figures(family(stops, "java"), Stop::ms),
                stops.stream().filter(s -> s.ms() > 100).count(), worst.run(), worst.afterMs(), loadBefore, loadAfter,
                figures(stops, Stop::fairMs), figures(family(stops, "python"), Stop::fairMs), figures(family(stops, "java"), Stop::fairMs),
                stops.stream().filter(s -> s.fairMs() > 100).count(), worstFair.run(), worstFair.afterMs(), worstFair.ms(), worstFair.waitedMs());
        Files.writeString(out.resolve("model-stops-summary.txt"), summary + "\n");
        System.out.println(summary);
    }

    /**
     * A real Java run ({@code cf-allof}, one 3 s sleep) stopped 200 ms in: how long until the comparison shows it
     * stopped (it was 1,478 ms when the real Java runner did not look at Stop).
     */
    @Test
    void aJavaRunWithALongTask() throws Exception {
        Scenario s = Scenario.of("long java", List.of(TaskSpec.io("A", 3000), TaskSpec.io("B", 100)), List.of(RunSpec.of(Strategy.CF_ALLOF)));
        try (FxBackgroundWork engine = new FxBackgroundWork("gatherlab-engine")) {
            ComparisonModel m = new ComparisonModel(engine);
            m.run(s, ClockKind.REAL);
            long start = System.nanoTime();
            while (System.nanoTime() - start < 200 * MS) {
                m.pulse(System.nanoTime());
                Thread.sleep(1);
            }
            Timed t = stop(m);
            String line = String.format(Locale.ROOT, "a cf-allof run with a 3000 ms task, stopped 200 ms in: stopped after %.1f ms, of which %.1f ms "
                    + "waiting for a CPU (load average %s)", t.ms(), t.waitedMs(), load());
            Files.writeString(Files.createDirectories(Path.of("target", "soak")).resolve("java-stop.txt"), line + "\n");
            System.out.println(line);
        }
    }

    /**
     * Presses Stop and pulses until the comparison is no longer running: the milliseconds that took, and how long of them
     * the engine thread and this one were ready to run but waited for a CPU.
     */
    private static Timed stop(ComparisonModel m) throws InterruptedException {
        long[] waited = waitedForCpu();
        long stop = System.nanoTime();
        m.stop();
        while (m.isRunning()) {
            m.pulse(System.nanoTime());
            Thread.sleep(0, 200_000);
            assertTrue(System.nanoTime() - stop < 10_000 * MS, "a Stop did not end the run in 10 s");
        }
        double ms = (System.nanoTime() - stop) / 1e6;
        long[] after = waitedForCpu();
        return new Timed(ms, Math.max(after[0] - waited[0], after[1] - waited[1]) / 1e6);
    }

    /**
     * Nanoseconds the engine thread ({@code gatherlab-engine}; Linux cuts a name to 15 characters) and the calling thread
     * have each spent runnable but waiting for a CPU: the second field of {@code /proc/self/task/TID/schedstat}. 0 elsewhere.
     */
    static long[] waitedForCpu() {
        long[] sum = new long[2];
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            String self = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            for (Path t : tasks) {
                try {
                    boolean me = t.getFileName().toString().equals(self);
                    if (!me && !Files.readString(t.resolve("comm")).startsWith("gatherlab-engin")) continue;
                    sum[me ? 1 : 0] += Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[1]);
                } catch (Exception gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (Exception e) {
            return new long[2];
        }
        return sum;
    }

    private static List<Stop> family(List<Stop> stops, String prefix) {
        return stops.stream().filter(s -> s.family().startsWith(prefix)).toList();
    }

    private static String figures(List<Stop> stops, java.util.function.ToDoubleFunction<Stop> ms) {
        if (stops.isEmpty()) return "none";
        List<Double> sorted = stops.stream().map(ms::applyAsDouble).sorted().toList();
        return String.format(Locale.ROOT, "%d: median %.1f ms, p90 %.1f ms, worst %.1f ms", sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 9 / 10), sorted.getLast());
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "?". */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }
}
