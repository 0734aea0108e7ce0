package org.gatherlab.app.shell;

import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.classroom.code.CodeModel;
import org.gatherlab.app.classroom.code.CodePanel;
import org.gatherlab.app.classroom.code.VerifyModel;
import org.gatherlab.app.classroom.export.ExportMenu;
import org.gatherlab.app.classroom.export.ExportModel;
import org.gatherlab.app.classroom.lessons.LessonBrowser;
import org.gatherlab.app.classroom.lessons.LessonBrowserModel;
import org.gatherlab.app.classroom.predict.PredictionModel;
import org.gatherlab.app.classroom.predict.PredictionView;
import org.gatherlab.app.classroom.predict.SessionScore;
import org.gatherlab.app.classroom.presenter.KeysOverlay;
import org.gatherlab.app.classroom.presenter.PresenterKeys;
import org.gatherlab.app.classroom.presenter.PresenterMode;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.runs.Engine;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.lessons.Quiz;

/**
 * The classroom beside the main window: lessons, predict-then-reveal, the run's Python (with Verify
 * and export), and the presenter's keys on the main window. A lesson opens in the editor like a new
 * document; revealing the prediction runs it, so the class sees the answer play out on the timeline.
 */
public final class ClassroomWindow {
    private final Stage stage = new Stage();
    private final Messages messages;
    private final ScenarioEditorModel editor;
    private final DocumentModel documents;
    private final ComparisonModel comparison;
    private final PresenterMode presenter = new PresenterMode();
    private final LessonBrowserModel lessons;
    private final PredictionModel prediction;
    private final CodeModel code;
    private final VerifyModel verify;
    private final TabPane tabs = new TabPane();
    private final Tab predictTab = new Tab();
    private final KeysOverlay keys;
    private final PresenterKeys presenterKeys;
    private LessonBrowser browser;

    public ClassroomWindow(Stage owner, Messages messages, ScenarioEditorModel editor, DocumentModel documents,
                    ComparisonModel comparison, BackgroundWork work, HostServices host) {
        this.messages = messages;
        this.editor = editor;
        this.documents = documents;
        this.comparison = comparison;
        this.lessons = new LessonBrowserModel(LessonLibrary.builtIn(), messages);
        this.prediction = new PredictionModel(messages, new SessionScore());
        this.code = new CodeModel(messages, work);
        this.verify = VerifyModel.system(messages, work);
        this.keys = new KeysOverlay(messages);
        this.presenterKeys = new PresenterKeys(presenter, keys, comparison.playback());
        stage.initOwner(owner);
        createView(work, host);
        initListeners();
    }

    private void createView(BackgroundWork work, HostServices host) {
        PredictionView predictView = new PredictionView(prediction, messages);
        if (host != null) predictView.setOnOpenLink(host::showDocument);
        browser = new LessonBrowser(lessons, messages);
        Tab lessonsTab = new Tab(null, browser.getRoot());
        predictTab.setContent(predictView.getRoot());
        Tab codeTab = new Tab(null, new CodePanel(code, verify, messages).getRoot());
        for (Tab t : new Tab[] {lessonsTab, predictTab, codeTab}) t.setClosable(false);
        tabs.getTabs().setAll(lessonsTab, predictTab, codeTab);
        lessonsTab.textProperty().bind(Bindings.createStringBinding(() -> messages.text("classroom.tab.lessons"), messages.localeProperty()));
        predictTab.textProperty().bind(Bindings.createStringBinding(() -> messages.text("classroom.tab.predict"), messages.localeProperty()));
        codeTab.textProperty().bind(Bindings.createStringBinding(() -> messages.text("classroom.tab.code"), messages.localeProperty()));

        // Export draws what the main window shows: its comparison area, and the scenario as edited.
        ExportMenu export = new ExportMenu(new ExportModel(messages, work), messages,
                () -> stage.getOwner().getScene().lookup(".comparison-host"),
                () -> Engine.runVirtual(editor.scenario()));
        BorderPane root = new BorderPane(tabs);
        root.setTop(export.getRoot());
        Scene scene = new Scene(new StackPane(root), 560, 720);
        ClassroomStyles.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> messages.text("classroom.window.title"), messages.localeProperty()));
        root.setAccessibleText(messages.text("classroom.window.accessible"));
    }

    private void initListeners() {
        lessons.setOnOpen(this::open);
        // The answer plays out on the timeline the moment it is revealed, slowly in presenter mode.
        prediction.setOnReveal(r -> {
            comparison.run(editor.scenario(), ClockKind.VIRTUAL);
            if (presenter.isOn()) comparison.playback().setSpeed(presenter.slowMotionSpeedProperty().get());
        });
    }

    private void open(Lesson lesson) {
        String status = messages.format("classroom.lesson.opened", lesson.title(messages.locale()));
        documents.openUntitled(lesson.document(), status, () -> {
            prediction.load(Quiz.of(lesson));
            code.show(lesson.scenario(), lesson.focusRun());
            verify.clear();
            tabs.getSelectionModel().select(predictTab);
        });
    }

    /** Opens on the lesson list, the search field focused: type to filter, Down and Enter to open. */
    public void show() {
        tabs.getSelectionModel().selectFirst();
        stage.show();
        stage.toFront();
        browser.searchField().requestFocus();
    }

    /** Playback at presenter mode's slow motion, when presenter mode is on (a reveal on the projector). */
    public void slowMotionIfPresenting() {
        if (presenter.isOn()) comparison.playback().setSpeed(presenter.slowMotionSpeedProperty().get());
    }

    /** The lesson open in the classroom (the one predict-then-reveal asks about), or null. */
    public Lesson currentLesson() {
        Quiz q = prediction.quizProperty().get();
        return q == null || !q.isLesson() ? null : q.lesson();
    }

    /** The main window's content with the keys overlay above it: the root to give the main scene. */
    public StackPane layer(Node mainRoot) { return presenterKeys.layer(mainRoot); }

    /** The presenter's keys on the main window: space, arrows, +/-, R, P, ?, [ ], H. */
    public void installKeys(Scene mainScene, Runnable rerun) { presenterKeys.install(mainScene, rerun); }
}
