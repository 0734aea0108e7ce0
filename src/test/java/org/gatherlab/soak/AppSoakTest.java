package org.gatherlab.soak;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.TaskField;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.app.shell.GatherLabApp;
import org.gatherlab.app.shell.LanguageSetting;
import org.gatherlab.app.shell.Theme;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app under a long class: the real window (headless), driven for {@value #DEFAULT_MINUTES} minutes through
 * {@value #DEFAULT_RUNS} comparisons, virtual and real, by its own Run, Run in real time and Stop buttons, with
 * edits to the tasks between them (durations, failures, kinds, added and deleted tasks, an invalid value and its
 * fix), Stop at a random moment of real runs, lesson switches, saves and re-opens. Every
 * {@value #SAMPLE_SECONDS} s it samples the live threads and the heap after a full GC.
 *
 * <p>On demand, never in CI:
 * <pre>nice -n 10 mvn -B -ntp test -Dgatherlab.aot.skip=true -Dtest=AppSoakTest -Dgatherlab.soak=true
 *     [-Dgatherlab.soak.minutes=30] [-Dgatherlab.soak.runs=1000]</pre>
 * It writes {@code target/soak/samples.csv} (seconds, comparisons, threads, heap MiB after GC),
 * {@code target/soak/stops.csv} (each Stop: milliseconds from the press until the app shows the run stopped)
 * and {@code target/soak/summary.txt}, and fails if the threads grew, the heap grew steadily, or a Stop took
 * longer than {@value #STOP_LIMIT_MS} ms.
 */
@EnabledIfSystemProperty(named = "gatherlab.soak", matches = "true")
@ExtendWith(ApplicationExtension.class)
class AppSoakTest {
    static final int DEFAULT_MINUTES = 30;
    static final int DEFAULT_RUNS = 1000;
    static final int SAMPLE_SECONDS = 20;
    static final int STOP_LIMIT_MS = 100;
    private static final Path OUT = Path.of("target", "soak");

    private GatherLabApp app;
    private Path home;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("gatherlab-soak");
        Files.writeString(home.resolve("settings.properties"), LanguageSetting.KEY + "=en\n");
        System.setProperty(GatherLabApp.HOME_PROPERTY, home.toString());
        System.setProperty(GatherLabApp.WINDOW_PROPERTY, "1280x800");
        app = new GatherLabApp();
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
    }

    @Test
    void aLongClass(FxRobot robot) throws Exception {
        int minutes = Integer.getInteger("gatherlab.soak.minutes", DEFAULT_MINUTES);
        int total = Integer.getInteger("gatherlab.soak.runs", DEFAULT_RUNS);
        Files.createDirectories(OUT);
        SplittableRandom random = new SplittableRandom(Long.getLong("gatherlab.soak.seed", 12));
        ScenarioEditorModel editor = app.editor();
        ComparisonModel comparison = app.comparison();
        Button run = robot.lookup(".run-button").queryButton();
        Button runReal = robot.lookup((Button b) -> b.getId() != null && b.getId().equals("runRealTimeButton")).queryButton();
        Button stopButton = robot.lookup(".stop-button").queryButton();
        List<Lesson> lessons = LessonLibrary.builtIn().lessons();

        // A file of its own, so edits can be saved (no question) before a lesson replaces them.
        file = home.resolve("class.gather.json");
        Files.writeString(file, ScenarioFiles.toJson(fx(editor::scenario), "soak"));
        fx(() -> app.documents().open(file));
        waitUntil(() -> file.equals(app.documents().file()), 10_000);

        // When the run's "running" goes false, on the FX thread: the end of a Stop as the person sees it.
        long[] endedAt = {0};
        int[] started = {0};
        fx(() -> comparison.runningProperty().addListener((o, was, now) -> {
            if (now) started[0]++;
            else endedAt[0] = System.nanoTime();
        }));

        List<String> samples = new ArrayList<>(List.of("seconds,comparisons,threads,heapMiB"));
        List<String> stops = new ArrayList<>(List.of("comparison,stopAfterMs,stopMs"));
        List<Double> stopMs = new ArrayList<>();
        int real = 0, virtual = 0, edits = 0, lessonSwitches = 0, stopsPressed = 0;
        boolean onLesson = false;
        long begin = System.nanoTime();
        long period = TimeUnit.MINUTES.toNanos(minutes) / total;
        long nextSample = 0;
        List<String> threadsAtStart = null;

        for (int i = 0; i < total; i++) {
            // Paced over the whole duration, so the heap and threads are watched over a long class, not a sprint.
            long due = begin + i * period;
            while (System.nanoTime() < due) Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
            if (System.nanoTime() >= begin + nextSample) {
                samples.add(sample(begin, i));
                if (threadsAtStart == null) threadsAtStart = threadNames();
                nextSample += TimeUnit.SECONDS.toNanos(SAMPLE_SECONDS);
                Files.write(OUT.resolve("samples.csv"), samples);
            }

            int action = random.nextInt(100);
            if (i % 40 == 39) {
                // A lesson: the edits so far saved, then the lesson opens as a new document.
                if (!onLesson) saveAndWait();
                Lesson lesson = lessons.get(random.nextInt(lessons.size()));
                fx(() -> app.documents().openUntitled(lesson.document(), "soak: " + lesson.id(), () -> { }));
                onLesson = true;
                lessonSwitches++;
            } else if (onLesson && action < 30) {
                // Back to the class's own file (the lesson was not edited: no question).
                fx(() -> app.documents().open(file));
                waitUntil(() -> file.equals(app.documents().file()) && !app.documents().busyProperty().get(), 10_000);
                onLesson = false;
            } else if (!onLesson && action < 60) {
                edits += edit(editor, random);
            }
            waitUntil(() -> !editor.checkingProperty().get() && editor.validProperty().get(), 30_000);

            // 40% real on the class's own scenario; 10% on a lesson's (some are long: those are stopped).
            boolean realRun = random.nextInt(100) < (onLesson ? 10 : 40);
            endedAt[0] = 0;
            int before = fx(() -> started[0]);
            fx(() -> (realRun ? runReal : run).fire());
            waitUntil(() -> started[0] > before, 10_000);   // a virtual one may be over already
            if (realRun) {
                real++;
                // Half the real comparisons are stopped at a random moment; a long one is stopped after 4 s.
                long stopAfter = random.nextBoolean() ? 30 + random.nextInt(1500) : 4_000;
                long since = System.nanoTime();
                waitUntil(() -> !comparison.isRunning() || System.nanoTime() - since > stopAfter * 1_000_000, 60_000);
                if (comparison.isRunning()) {
                    long pressed = fx(() -> {
                        long t = System.nanoTime();
                        stopButton.fire();
                        return t;
                    });
                    waitUntil(() -> endedAt[0] != 0, 10_000);
                    double ms = (endedAt[0] - pressed) / 1e6;
                    stopMs.add(ms);
                    stopsPressed++;
                    stops.add(i + "," + stopAfter + "," + String.format(Locale.ROOT, "%.2f", ms));
                }
            } else {
                virtual++;
            }
            waitUntil(() -> !comparison.isRunning(), 120_000);
        }
        samples.add(sample(begin, total));
        Files.write(OUT.resolve("samples.csv"), samples);
        Files.write(OUT.resolve("stops.csv"), stops);
        List<String> threadsAtEnd = threadNames();

        Summary s = Summary.of(samples.subList(1, samples.size()), stopMs);
        List<String> summary = new ArrayList<>(List.of(
                String.format(Locale.ROOT, "%d comparisons in %.1f min: %d virtual, %d real (%d stopped), %d edits, %d lesson switches",
                        total, (System.nanoTime() - begin) / 6e10, virtual, real, stopsPressed, edits, lessonSwitches),
                s.describe(),
                "threads at the first sample: " + threadsAtStart,
                "threads at the end:          " + threadsAtEnd));
        Files.write(OUT.resolve("summary.txt"), summary);
        summary.forEach(System.out::println);

        assertTrue(stopsPressed >= 100 || total < DEFAULT_RUNS, "fewer than 100 Stops: " + stopsPressed);
        assertTrue(s.worstStopMs() <= STOP_LIMIT_MS, "a Stop took " + s.worstStopMs() + " ms");
        assertTrue(s.threadGrowth() <= 0, "threads grew: " + s.describe());
        assertTrue(s.heapGrowthMiB() <= Summary.HEAP_NOISE_MIB, "the heap grew: " + s.describe());
    }

    /** One edit of the tasks, through the editor's own commands; how many edits it made. */
    private int edit(ScenarioEditorModel editor, SplittableRandom random) throws Exception {
        int kind = random.nextInt(10);
        int n = fx(() -> editor.tasks().size());
        int task = random.nextInt(n);
        return fx(() -> {
            switch (kind) {
                case 0 -> {
                    if (n < 9) editor.addTask(task);
                    else editor.deleteTasks(List.of(task));
                }
                case 1 -> {
                    if (n > 3) editor.deleteTasks(List.of(task));
                    else editor.addTask(task);
                }
                case 2 -> editor.setTaskKind(task, random.nextBoolean() ? TaskKind.CPU : TaskKind.IO);
                case 3 -> editor.editTask(task, TaskField.FAILURE_RATE, random.nextBoolean() ? "1" : "0");
                case 4 -> {
                    // A mistake and its fix, as typed in a class.
                    editor.editTask(task, TaskField.DURATION_MS, "-5");
                    editor.editTask(task, TaskField.DURATION_MS, String.valueOf(50 + random.nextInt(400)));
                    return 2;
                }
                default -> editor.editTask(task, TaskField.DURATION_MS, String.valueOf(50 + random.nextInt(550)));
            }
            return 1;
        });
    }

    private void saveAndWait() throws Exception {
        fx(() -> app.documents().save());
        waitUntil(() -> !app.documents().dirtyProperty().get() && !app.documents().busyProperty().get(), 10_000);
    }

    /** seconds, comparisons, live threads, heap in use after a full collection (MiB). */
    private static String sample(long begin, int comparisons) {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        return String.format(Locale.ROOT, "%.0f,%d,%d,%.1f", (System.nanoTime() - begin) / 1e9, comparisons,
                Thread.getAllStackTraces().size(), used / 1048576.0);
    }

    private static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void fx(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** Polls on the FX thread (the models are the FX thread's). */
    private static void waitUntil(BooleanSupplier condition, long timeoutMs) throws Exception {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) throw new AssertionError("timed out after " + timeoutMs + " ms");
            Thread.sleep(5);
        }
    }
}
