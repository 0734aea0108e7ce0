package org.gatherlab.soak;

import org.gatherlab.app.editor.DefaultScenario;
import org.gatherlab.app.fx.FxBackgroundWork;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stop without the window: the comparison model's own part of a Stop (the engine noticing, the report, the model
 * taking it in), pulsed every millisecond instead of every frame, over real comparisons of every built-in lesson and
 * the starter scenario (I/O tasks, and all CPU: busy loops on the loop and in process pools). With
 * {@link AppSoakTest}'s end-to-end figure it says how much of a Stop is the model and how much the frame and the
 * machine. On demand:
 * <pre>nice -n 10 mvn -B -ntp test -Dgatherlab.aot.skip=true -Dtest=StopLatencyTest -Dgatherlab.soak=true</pre>
 * writes {@code target/soak/model-stops.csv}.
 */
@EnabledIfSystemProperty(named = "gatherlab.soak", matches = "true")
class StopLatencyTest {
    private static final long MS = 1_000_000;

    @Test
    void aHundredStops() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(DefaultScenario.create());
        Scenario d = DefaultScenario.create();
        scenarios.add(new Scenario(d.name(), d.description(), d.seed(),
                d.tasks().stream().map(t -> new TaskSpec(t.name(), TaskKind.CPU, t.durationMs(), 0, null, null)).toList(), d.runs()));
        for (Lesson l : LessonLibrary.builtIn().lessons()) scenarios.add(l.scenario());
        SplittableRandom random = new SplittableRandom(7);
        List<String> rows = new ArrayList<>(List.of("stop,scenario,stopAfterMs,stopMs"));
        List<Double> all = new ArrayList<>();
        try (FxBackgroundWork engine = new FxBackgroundWork("gatherlab-engine")) {
            ComparisonModel m = new ComparisonModel(engine);
            for (int i = 0; all.size() < 100; i++) {
                Scenario s = scenarios.get(i % scenarios.size());
                long after = 20 + random.nextInt(600);
                m.run(s, ClockKind.REAL);
                long start = System.nanoTime();
                while (m.isRunning() && System.nanoTime() - start < after * MS) {
                    m.pulse(System.nanoTime());
                    Thread.sleep(1);
                }
                if (!m.isRunning()) continue;   // over before the moment came: not a Stop
                long stop = System.nanoTime();
                m.stop();
                while (m.isRunning()) {
                    m.pulse(System.nanoTime());
                    Thread.sleep(0, 200_000);
                    assertTrue(System.nanoTime() - stop < 10_000 * MS, "a Stop did not end the run in 10 s: " + s.name());
                }
                double ms = (System.nanoTime() - stop) / 1e6;
                all.add(ms);
                rows.add(all.size() + "," + s.name().replace(',', ' ') + "," + after + "," + String.format(Locale.ROOT, "%.2f", ms));
            }
        }
        Path out = Files.createDirectories(Path.of("target", "soak"));
        Files.write(out.resolve("model-stops.csv"), rows);
        List<Double> sorted = all.stream().sorted().toList();
        String summary = String.format(Locale.ROOT, "%d Stops of real comparisons (model only, 1 ms pulses): median %.1f ms, p90 %.1f ms, worst %.1f ms",
                all.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 9 / 10), sorted.getLast());
        Files.writeString(out.resolve("model-stops-summary.txt"), summary + "\n");
        System.out.println(summary);
    }

    /**
     * A real Java run ({@code cf-allof}, one 3 s sleep) stopped 200 ms in: how long until the comparison shows it
     * stopped. Measured, not asserted: the real Java runner runs the JDK's own calls and does not look at Stop.
     */
    @Test
    void aJavaRunWithALongTask() throws Exception {
        Scenario s = new Scenario("long java", "", 1, List.of(TaskSpec.io("A", 3000), TaskSpec.io("B", 100)),
                List.of(org.gatherlab.engine.RunSpec.of(org.gatherlab.engine.Strategy.CF_ALLOF)));
        try (FxBackgroundWork engine = new FxBackgroundWork("gatherlab-engine")) {
            ComparisonModel m = new ComparisonModel(engine);
            m.run(s, ClockKind.REAL);
            long start = System.nanoTime();
            while (System.nanoTime() - start < 200 * MS) {
                m.pulse(System.nanoTime());
                Thread.sleep(1);
            }
            long stop = System.nanoTime();
            m.stop();
            while (m.isRunning()) {
                m.pulse(System.nanoTime());
                Thread.sleep(1);
            }
            String line = String.format(Locale.ROOT, "a cf-allof run with a 3000 ms task, stopped 200 ms in: stopped after %.0f ms",
                    (System.nanoTime() - stop) / 1e6);
            Files.writeString(Files.createDirectories(Path.of("target", "soak")).resolve("java-stop.txt"), line + "\n");
            System.out.println(line);
        }
    }
}
