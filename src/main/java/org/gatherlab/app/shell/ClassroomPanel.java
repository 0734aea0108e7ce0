package org.gatherlab.app.shell;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;

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
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.run.ComparisonModel;
import org.gatherlab.app.timeline.TimelineCanvas;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.lessons.Quiz;
import org.gatherlab.runs.Engine;

/**
 * The classroom, docked in the main window's side panel beside the scenario editor (never over the timeline): the
 * lessons, predict-then-reveal and the run's Python (with Verify) as three tabs, Export in the toolbar, and the
 * presenter's keys on the whole window. A lesson opens in the editor like a new document and shows its question;
 * revealing the prediction runs it, so the class sees the answer play out on the timeline beside the panel.
 */
public final class ClassroomPanel {
    private final Messages messages;
    private final ScenarioEditorModel editor;
    private final DocumentModel documents;
    private final ComparisonModel comparison;
    private final PresenterMode presenter = new PresenterMode();
    private final LessonBrowserModel lessons;
    private final PredictionModel prediction;
    private final CodeModel code;
    private final VerifyModel verify;
    private final Tab lessonsTab = new Tab();
    private final Tab predictTab = new Tab();
    private final Tab codeTab = new Tab();
    private final KeysOverlay keys;
    private final PresenterKeys presenterKeys;
    private final ExportMenu export;
    private LessonBrowser browser;
    private PredictionView predictView;
    private HostServices host;
    /** Shows a tab of the side panel (opening the panel if it is hidden); the main window's. */
    private Consumer<Tab> shower = t -> t.getTabPane().getSelectionModel().select(t);

    public ClassroomPanel(Messages messages, ScenarioEditorModel editor, DocumentModel documents,
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
        this.presenterKeys = new PresenterKeys(presenter, keys, comparison.playback(), () -> messages.text("presenter.exitHint"));
        // Export draws the timeline the main window shows (the painter again, at the export's scale), and the
        // scenario as edited.
        this.export = new ExportMenu(new ExportModel(messages, work), messages, this::timeline,
                () -> Engine.runVirtual(editor.scenario()));
        createView(host);
        initListeners();
    }

    private void createView(HostServices host) {
        this.host = host;
        // A tab's view is built the first time the tab shows (the editor's tab is the one at start): the first
        // frame does not wait for lessons, questions and the code panel it does not draw.
        whenFirstSelected(lessonsTab, this::browser);
        whenFirstSelected(predictTab, this::predictView);
        whenFirstSelected(codeTab, this::codePanel);
        word(lessonsTab, "classroom.tab.lessons");
        word(predictTab, "classroom.tab.predict");
        word(codeTab, "classroom.tab.code");
        lessonsTab.setId("lessons-tab");
        predictTab.setId("predict-tab");
        codeTab.setId("code-tab");
        for (Tab t : tabs()) t.setClosable(false);
    }

    private static void whenFirstSelected(Tab tab, Runnable build) {
        if (tab.isSelected()) build.run();
        else tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) return;
                o.removeListener(this);
                build.run();
            }
        });
    }

    private LessonBrowser browser() {
        if (browser == null) {
            browser = new LessonBrowser(lessons, messages);
            lessonsTab.setContent(browser.getRoot());
        }
        return browser;
    }

    private PredictionView predictView() {
        if (predictView == null) {
            predictView = new PredictionView(prediction, messages);
            if (host != null) predictView.setOnOpenLink(host::showDocument);
            predictTab.setContent(predictView.getRoot());
        }
        return predictView;
    }

    private void codePanel() {
        if (codeTab.getContent() == null) codeTab.setContent(new CodePanel(code, verify, messages).getRoot());
    }

    private void word(Tab tab, String key) {
        tab.textProperty().bind(Bindings.createStringBinding(() -> messages.text(key), messages.localeProperty()));
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
            showPredict();
        });
    }

    private Node timeline() {
        Scene scene = export.getRoot().getScene();
        Node t = scene == null ? null : scene.lookup(".comparison-host .timeline");
        return t instanceof TimelineCanvas canvas && canvas.getFrame() != null ? canvas : null;
    }

    // ---------------------------------------------------------------------------------------------- the main window's

    /** The side panel's classroom tabs, in order: lessons, predict, the Python program. */
    public List<Tab> tabs() { return List.of(lessonsTab, predictTab, codeTab); }

    /** The Export button, for the main window's toolbar. */
    public Node exportButton() { return export.getRoot(); }

    public PresenterMode presenter() { return presenter; }

    /** Predict-then-reveal's model (tests answer and reveal through it). */
    PredictionModel prediction() { return prediction; }

    /** The comparison's playback (tests play a run to its end). */
    org.gatherlab.app.run.PlaybackModel playback() { return comparison.playback(); }

    /** Shows any tab of the side panel, the editor's included. */
    void showTab(Tab tab) { shower.accept(tab); }

    public KeysOverlay keys() { return keys; }

    /** How the main window shows one of its side panel's tabs (opening the panel if it is hidden). */
    void setShower(Consumer<Tab> shower) { this.shower = Objects.requireNonNull(shower); }

    /** The lesson list, the search field focused: type to filter, Down and Enter to open. */
    public void showLessons() {
        shower.accept(lessonsTab);
        browser().searchField().requestFocus();
    }

    /** The current lesson's question, the keyboard on its first answer. */
    public void showPredict() {
        shower.accept(predictTab);
        predictView().focusFirstQuestion();
    }

    public void showCode() { shower.accept(codeTab); }

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

    /** The presenter's keys on the main window: space, arrows, +/-, R, P, ?, [ ], H, L. */
    public void installKeys(Scene mainScene, Runnable rerun) { presenterKeys.install(mainScene, rerun, this::showLessons); }
}
