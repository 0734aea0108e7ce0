package org.gatherlab.soak;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.TaskField;
import org.gatherlab.app.shell.GatherLabApp;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.scenario.ScenarioFiles;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The app being edited until it is killed: the real app (headless) with {@code -Dgatherlab.home=HOME}, the scenario
 * {@code FILE} open, and a person's edits every 30 to 250 ms through the editor's commands, with File ▸ Save now and
 * then. Each edit sets the seed to its number, so any copy of the scenario says which edit it holds. The journal
 * (appended and flushed line by line, so a SIGKILL loses nothing of it) records for {@link AutosaveKillTest}:
 * <pre>
 *   E n millis sha256    edit n was made at millis (wall clock); the scenario is then this (ScenarioFiles.toJson)
 *   S n                  Save was asked for with edit n in the editor
 * </pre>
 * Usage: {@code KillDriver HOME FILE JOURNAL SEED}; says "ready" on standard output once editing starts.
 */
public final class KillDriver {
    /** The longest pause between two edits: a longer gap in the journal is time the app was not run. */
    static final long MAX_PAUSE_MS = 250;

    private KillDriver() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        CompletableFuture<GatherLabApp> started = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                GatherLabApp app = new GatherLabApp();
                app.start(new Stage());
                started.complete(app);
            } catch (Throwable t) {
                started.completeExceptionally(t);
            }
        });
        GatherLabApp app = started.get(120, TimeUnit.SECONDS);
        ScenarioEditorModel editor = app.editor();
        fx(() -> {
            app.documents().open(file);
            return null;
        });
        while (!fx(() -> file.equals(app.documents().file()) && !editor.checkingProperty().get())) Thread.sleep(10);

        try (OutputStream journal = new FileOutputStream(args[2], true)) {
            line(journal, "E 0 " + System.currentTimeMillis() + " " + fx(() -> sha(editor.scenario())));
            System.out.println("ready");
            System.out.flush();
            for (int n = 1; ; n++) {
                Thread.sleep(30 + random.nextInt((int) MAX_PAUSE_MS - 30));
                int edit = n;
                int what = random.nextInt(100);
                String state = fx(() -> {
                    change(editor, random, what);
                    editor.setSeed(edit);
                    return System.currentTimeMillis() + " " + sha(editor.scenario());
                });
                line(journal, "E " + n + " " + state);
                if (random.nextInt(12) == 0) {
                    // Save only a valid, checked scenario: the app would otherwise ask about its problems.
                    while (fx(() -> editor.checkingProperty().get())) Thread.sleep(2);
                    line(journal, "S " + n);
                    fx(() -> {
                        app.documents().save();
                        return null;
                    });
                }
            }
        }
    }

    /** One change a person might make; now and then a big one (thousands of tasks), so writes take a while. */
    private static void change(ScenarioEditorModel editor, SplittableRandom random, int what) {
        int n = editor.tasks().size();
        int task = random.nextInt(n);
        if (what < 4) {
            List<TaskSpec> tasks = new ArrayList<>();
            int count = n > 100 ? 3 + random.nextInt(5) : 2000 + random.nextInt(3000);
            for (int i = 0; i < count; i++) tasks.add(TaskSpec.io("t" + i, 1 + random.nextInt(900)));
            editor.replaceTasks(tasks);
        } else if (what < 12) {
            if (n < 12) editor.addTask(task);
            else editor.deleteTasks(List.of(task));
        } else if (what < 18) {
            if (n > 2) editor.deleteTasks(List.of(task));
        } else if (what < 28) {
            editor.setTaskKind(task, random.nextBoolean() ? TaskKind.CPU : TaskKind.IO);
        } else if (what < 38) {
            editor.editTask(task, TaskField.FAILURE_RATE, random.nextBoolean() ? "1" : "0");
        } else if (what < 48) {
            editor.setName("Class " + random.nextInt(1000));
        } else {
            editor.editTask(task, TaskField.DURATION_MS, String.valueOf(1 + random.nextInt(900)));
        }
    }

    static String sha(Scenario scenario) throws Exception {
        byte[] json = ScenarioFiles.toJson(scenario, "scenario").getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    }

    private static void line(OutputStream journal, String text) throws Exception {
        journal.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        journal.flush();
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
}
