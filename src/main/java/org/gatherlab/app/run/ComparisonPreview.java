package org.gatherlab.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import org.gatherlab.app.fx.FxBackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;

/**
 * A developer's window onto the comparison alone, without the main window:
 * {@code ComparisonPreview [--dark] [--real] [--lang en|es] [--tasks N | --file F.gather.json] [--scale K] [--width W --height H]}. It shows the contract's
 * example tasks under {@code sequential}, {@code gather} and {@code gather} with {@code cpu: processes}
 * (or N generated tasks). Not an {@code Application} subclass, so that it needs no export to the toolkit.
 */
public final class ComparisonPreview {
    private ComparisonPreview() {}

    public static void main(String[] args) throws Exception {
        boolean dark = false, real = false;
        Messages messages = Messages.system();
        Scenario file = null;
        int tasks = 0;
        double scale = 1;
        double width = 1280, height = 800;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dark" -> dark = true;
                case "--real" -> real = true;
                case "--lang" -> messages.setLocale(java.util.Locale.forLanguageTag(args[++i]));
                case "--tasks" -> tasks = Integer.parseInt(args[++i]);
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--file" -> file = org.gatherlab.scenario.ScenarioFiles.read(java.nio.file.Path.of(args[++i])).scenario();
                case "--width" -> width = Double.parseDouble(args[++i]);
                case "--height" -> height = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Scenario scenario = scaled(file != null ? file : tasks > 0 ? generated(tasks) : contractExample(), scale);
        boolean isDark = dark, isReal = real;
        double w = width, h = height;
        Platform.startup(() -> {
            Application.setUserAgentStylesheet((isDark ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet());
            ComparisonModel model = new ComparisonModel(new FxBackgroundWork("gatherlab-engine"), messages);
            Stage stage = new Stage();
            stage.setTitle("GatherLab: comparison preview");
            stage.setScene(new Scene(new ComparisonView(model).getRoot(), w, h));
            stage.setOnHidden(e -> Platform.exit());
            stage.show();
            model.run(scenario, isReal ? ClockKind.REAL : ClockKind.VIRTUAL);
        });
    }

    /** Every duration (and fail time) times {@code k}: a slower story to watch live. */
    static Scenario scaled(Scenario s, double k) {
        if (k == 1) return s;
        return s.withTasks(s.tasks().stream().map(t -> new TaskSpec(t.name(), t.kind(), t.durationMs() * k, t.failureRate(),
                t.failAtMs() == null ? null : t.failAtMs() * k, t.cancelAtMs() == null ? null : t.cancelAtMs() * k)).toList());
    }

    /**
     * The contract's example tasks ({@code src/site/markdown/scenario-contract.md#scenario-file}) under the default
     * comparison.
     */
    public static Scenario contractExample() {
        List<TaskSpec> tasks = List.of(
                TaskSpec.io("A", 300),
                TaskSpec.io("B", 100).failing(),
                new TaskSpec("C", org.gatherlab.engine.TaskKind.IO, 200, 0.25, 50.0, null),
                TaskSpec.cpu("D", 80));
        List<RunSpec> runs = List.of(RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER),
                RunSpec.of(Strategy.GATHER).withProcesses(2));
        return new Scenario("One failure, three downloads", "Does gather stop the others when B fails?", 42, tasks, runs);
    }

    /** N seeded tasks (a fifth CPU, a twentieth failing) under the same three runs. */
    public static Scenario generated(int n) {
        Random random = new Random(7);
        List<TaskSpec> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double d = 20 + random.nextInt(480);
            TaskSpec t = random.nextInt(5) == 0 ? TaskSpec.cpu("t" + i, d / 20) : TaskSpec.io("t" + i, d);
            tasks.add(t.withFailureRate(0.05));
        }
        return new Scenario(n + " generated tasks", "", 7, tasks,
                List.of(RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.GATHER).withProcesses(4)));
    }
}
