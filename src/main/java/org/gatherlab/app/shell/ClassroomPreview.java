package org.gatherlab.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.classroom.code.CodeModel;
import org.gatherlab.app.classroom.code.CodePanel;
import org.gatherlab.app.classroom.code.VerifyModel;
import org.gatherlab.app.classroom.export.ExportMenu;
import org.gatherlab.app.classroom.export.ExportModel;
import org.gatherlab.app.classroom.export.Exporter;
import org.gatherlab.app.classroom.lessons.LessonBrowser;
import org.gatherlab.app.classroom.lessons.LessonBrowserModel;
import org.gatherlab.app.classroom.predict.PredictionModel;
import org.gatherlab.app.classroom.predict.PredictionView;
import org.gatherlab.app.classroom.predict.SessionScore;
import org.gatherlab.app.classroom.presenter.KeyMap;
import org.gatherlab.app.classroom.presenter.KeysOverlay;
import org.gatherlab.app.classroom.presenter.LanguagePicker;
import org.gatherlab.app.classroom.presenter.PresenterControls;
import org.gatherlab.app.classroom.presenter.PresenterMode;
import org.gatherlab.app.classroom.presenter.PresenterStyler;
import org.gatherlab.app.classroom.presenter.Shortcut;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.FxBackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.app.timeline.TimelineRun;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.lessons.Quiz;

/**
 * A developer's look at the classroom components, wired together the way the main window will wire them (see
 * the class comments of each): not part of the app. It does not extend {@code Application}: it starts the toolkit
 * itself, so it can run beside the app's own entry point.
 *
 * <pre>
 * java -p MODULES -m org.gatherlab/org.gatherlab.app.shell.ClassroomPreview [--lang es] [--dark]
 *      [--shots DIR]     # walk lesson 01 through predict, reveal and verify; save screenshots; exit
 * </pre>
 */
public final class ClassroomPreview {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    final Messages messages;
    final SessionScore score = new SessionScore();
    final LessonBrowserModel browserModel;
    final PredictionModel prediction;
    final CodeModel code;
    final VerifyModel verify;
    final ExportModel export;
    final PresenterMode presenter = new PresenterMode();
    final TimelineCanvas timeline = new TimelineCanvas();
    final KeysOverlay keys;
    final BorderPane window = new BorderPane();
    final StackPane root;
    final PredictionView predictionView;
    final CodePanel codePanel;
    ScenarioReport report;
    List<TimelineRun> runs = List.of();

    ClassroomPreview(Messages messages, BackgroundWork work) {
        this.messages = messages;
        browserModel = new LessonBrowserModel(LessonLibrary.builtIn(), messages);
        prediction = new PredictionModel(messages, score);
        code = new CodeModel(messages, work);
        verify = VerifyModel.system(messages, work);
        export = new ExportModel(messages, work);
        keys = new KeysOverlay(messages);
        predictionView = new PredictionView(prediction, messages);
        codePanel = new CodePanel(code, verify, messages);

        LessonBrowser browser = new LessonBrowser(browserModel, messages);
        browser.getRoot().setPrefWidth(330);
        ExportMenu exportMenu = new ExportMenu(export, messages, () -> report == null ? null : timeline, () -> report);
        Button help = new Button("?");
        help.setAccessibleText(messages.text("keys.show.keys"));
        help.setOnAction(e -> keys.toggle());
        javafx.scene.control.Label status = new javafx.scene.control.Label();
        status.textProperty().bind(export.statusProperty());
        HBox bar = new HBox(10, new LanguagePicker(messages).getRoot(), new PresenterControls(presenter, messages).getRoot(), exportMenu.getRoot(), help, status);
        bar.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        timeline.setPrefHeight(240);
        timeline.setMinHeight(120);
        SplitPane middle = new SplitPane(timeline, predictionView.getRoot());
        middle.setOrientation(javafx.geometry.Orientation.VERTICAL);
        middle.setDividerPositions(0.3);
        codePanel.getRoot().setPrefWidth(520);
        SplitPane main = new SplitPane(browser.getRoot(), middle, codePanel.getRoot());
        main.setDividerPositions(0.22, 0.64);
        window.setTop(bar);
        window.setCenter(main);
        root = new StackPane(window, keys.getRoot());

        browserModel.setOnOpen(this::open);
        prediction.setOnReveal(r -> drawTimeline());
        timeline.widthProperty().addListener(o -> drawTimeline());
        timeline.heightProperty().addListener(o -> drawTimeline());
    }

    void open(Lesson lesson) {
        report = Engine.runVirtual(lesson.scenario());
        runs = new ArrayList<>();
        for (RunReport r : report.runs()) runs.add(TimelineRun.of(r.trace()));
        prediction.load(Quiz.of(lesson));
        code.show(lesson.scenario(), lesson.focusRun());
        verify.clear();
        drawTimeline();
    }

    void drawTimeline() {
        timeline.render(runs, Double.POSITIVE_INFINITY, null);
    }

    Scene scene(double w, double h) {
        Scene scene = new Scene(root, w, h);
        ClassroomStyles.install(scene);
        PresenterStyler.bind(root, presenter);
        new KeyMap()
                .on(Shortcut.PRESENTER, presenter::toggle)
                .on(Shortcut.HIGH_CONTRAST, presenter::toggleHighContrast)
                .on(Shortcut.BIGGER, presenter::bigger)
                .on(Shortcut.SMALLER, presenter::smaller)
                .on(Shortcut.SHOW_KEYS, keys::toggle)
                .install(scene);
        return scene;
    }

    // ---------------------------------------------------------------------------------------------- main

    public static void main(String[] args) throws Exception {
        String lang = "en";
        boolean dark = false;
        Path shots = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lang" -> lang = args[++i];
                case "--dark" -> dark = true;
                case "--shots" -> shots = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        CountDownLatch done = new CountDownLatch(1);
        String language = lang;
        boolean useDark = dark;
        Path shotDir = shots;
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(useDark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            FxBackgroundWork work = new FxBackgroundWork("classroom-preview");
            ClassroomPreview p = new ClassroomPreview(new Messages(java.util.Locale.of(language)), work);
            Stage stage = new Stage();
            stage.setTitle("GatherLab classroom preview");
            Scene scene = p.scene(1500, 920);
            scene.getRoot().pseudoClassStateChanged(DARK, useDark);
            stage.setScene(scene);
            stage.setOnHidden(e -> done.countDown());
            stage.show();
            if (shotDir != null) p.tour(shotDir, stage, done);
        });
        done.await();
        Platform.exit();
        System.exit(0);
    }

    /** The scripted walk for screenshots: steps a few hundred ms apart, on the FX thread. */
    private void tour(Path dir, Stage stage, CountDownLatch done) {
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> shot(dir, "01-start.png"));
        steps.add(() -> browserModel.select("01-gather-keeps-others-running"));
        steps.add(browserModel::openSelected);
        steps.add(() -> shot(dir, "02-lesson-opened.png"));
        steps.add(() -> {
            prediction.chooseTime(300.0);
            prediction.chooseOutcome("raises TaskFailed(B)");
            prediction.setCancelled("A", true);
            prediction.setCancelled("C", true);
        });
        steps.add(() -> shot(dir, "03-predicted.png"));
        steps.add(prediction::reveal);
        steps.add(() -> shot(dir, "04-revealed.png"));
        steps.add(() -> shot(dir, "04b-revealed-panel.png", predictionView.getRoot().getContent()));
        steps.add(codePanel::verify);
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> { });
        steps.add(() -> shot(dir, "05-verified.png"));
        steps.add(keys::show);
        steps.add(() -> shot(dir, "06-keys.png"));
        steps.add(() -> {
            keys.hide();
            presenter.setOn(true);
        });
        steps.add(() -> {
            drawTimeline();
            shot(dir, "07-presenter.png");
        });
        steps.add(() -> {
            presenter.setScalePercent(150);
            presenter.setHighContrast(false);
        });
        steps.add(() -> shot(dir, "08-presenter-150-normal-contrast.png"));
        steps.add(() -> {
            presenter.setOn(false);
            try {
                Files.createDirectories(dir);
                Exporter.writePng(timeline, 2, dir.resolve("09-timeline@2x.png"));
                Exporter.writeSvg(report, dir.resolve("09-timeline.svg"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        steps.add(stage::close);
        runSteps(steps, 0);
    }

    private void runSteps(List<Runnable> steps, int i) {
        if (i >= steps.size()) return;
        PauseTransition wait = new PauseTransition(Duration.millis(i == 0 ? 600 : 350));
        wait.setOnFinished(e -> {
            steps.get(i).run();
            runSteps(steps, i + 1);
        });
        wait.play();
    }

    private void shot(Path dir, String name) {
        shot(dir, name, root);
    }

    private void shot(Path dir, String name, Node n) {
        try {
            Files.createDirectories(dir);
            Exporter.writePng(n, 1, dir.resolve(name));
            System.out.println("screenshot " + dir.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
