package org.gatherlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

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
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.PngEncoder;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.gatherlab.lessons.Quiz;
import org.gatherlab.report.ReportJson;
import org.gatherlab.report.TimelineSvg;
import org.gatherlab.verify.ProcessRunner;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom components in a real (headless) window, wired as the main window will wire them: lesson 01 walked
 * through predict-then-reveal with the keyboard, export, Spanish, presenter mode, verify's highlighting. Screenshots go
 * to {@code gatherlab.screenshots} (default {@code target/screenshots}).
 */
class ClassroomFxTest extends ApplicationTest {
    private static final double TIMELINE_W = 640, TIMELINE_H = 180;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SessionScore score = new SessionScore();
    private final List<PredictionModel.Reveal> reveals = new ArrayList<>();
    private LessonBrowserModel browserModel;
    private PredictionModel prediction;
    private PredictionView predictionView;
    private CodeModel code;
    private VerifyModel verify;
    private CodePanel codePanel;
    private ExportModel export;
    private ExportMenu exportMenu;
    private PresenterMode presenter;
    private KeysOverlay keys;
    private Pane timeline;
    private StackPane root;
    private ScenarioReport report;
    private String pythonSays;

    @Override public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BackgroundWork work = BackgroundWork.direct();
        browserModel = new LessonBrowserModel(LessonLibrary.builtIn(), messages);
        prediction = new PredictionModel(messages, score);
        predictionView = new PredictionView(prediction, messages);
        code = new CodeModel(messages, work);
        // A python3 that says what the test tells it to.
        verify = new VerifyModel(messages, work, (command, dir, timeout) -> command.contains("-c")
                ? new ProcessRunner.Result(0, "CPython 3.11.7", "") : new ProcessRunner.Result(0, pythonSays, ""),
                () -> Optional.of(Path.of("/usr/bin/python3")), Duration.ofSeconds(5));
        codePanel = new CodePanel(code, verify, messages);
        export = new ExportModel(messages, work);
        presenter = new PresenterMode();
        keys = new KeysOverlay(messages);
        // The main window passes its timeline; a fixed-size stand-in here.
        timeline = new Pane(new Rectangle(20, 20, 300, 40), new Rectangle(20, 80, 500, 40));
        timeline.getStyleClass().add("timeline-stand-in");
        timeline.setPrefSize(TIMELINE_W, TIMELINE_H);
        timeline.setMinSize(TIMELINE_W, TIMELINE_H);
        timeline.setMaxSize(TIMELINE_W, TIMELINE_H);
        exportMenu = new ExportMenu(export, messages, () -> report == null ? null : timeline, () -> report);

        LessonBrowser browser = new LessonBrowser(browserModel, messages);
        browser.getRoot().setPrefWidth(280);
        browserModel.setOnOpen(lesson -> {
            report = Engine.runVirtual(lesson.scenario());
            prediction.load(Quiz.of(lesson));
            code.show(lesson.scenario(), lesson.focusRun());
            predictionView.focusFirstQuestion();
        });
        prediction.setOnReveal(reveals::add);

        BorderPane window = new BorderPane();
        window.setTop(new HBox(8, new LanguagePicker(messages).getRoot(), new PresenterControls(presenter, messages).getRoot(), exportMenu.getRoot()));
        window.setLeft(browser.getRoot());
        BorderPane middle = new BorderPane(predictionView.getRoot());
        middle.setTop(timeline);
        window.setCenter(middle);
        codePanel.getRoot().setPrefWidth(420);
        window.setRight(codePanel.getRoot());
        root = new StackPane(window, keys.getRoot());
        Scene scene = new Scene(root, 1280, 800);     // Monocle's headless screen is 1280×800
        ClassroomStyles.install(scene);
        PresenterStyler.bind(root, presenter);
        new KeyMap().on(Shortcut.PRESENTER, presenter::toggle).on(Shortcut.SHOW_KEYS, keys::toggle).install(scene);
        stage.setScene(scene);
        stage.show();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private <T> T fx(Callable<T> read) {
        AtomicReference<T> out = new AtomicReference<>();
        interact(() -> {
            try {
                out.set(read.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out.get();
    }

    private Path screenshot(String name) {
        return screenshot(name, root);
    }

    private Path screenshot(String name, Node node) {
        Path dir = Path.of(System.getProperty("gatherlab.screenshots", "target/screenshots"));
        return fx(() -> {
            Files.createDirectories(dir);
            Exporter.writePng(node, 1, dir.resolve(name));
            return dir.resolve(name);
        });
    }

    private void openLessonOneWithTheKeyboard() {
        clickOn("#lesson-search").write("the others");
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("01-gather-keeps-others-running", fx(() -> prediction.quizProperty().get().id()));
    }

    private static List<Node> all(Parent p) {
        List<Node> out = new ArrayList<>();
        for (Node n : p.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof Parent q) out.addAll(all(q));
        }
        if (p instanceof ScrollPane s && s.getContent() instanceof Parent c) {
            out.add(c);
            out.addAll(all(c));
        }
        return out;
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    // ---------------------------------------------------------------------------------------------- tests

    @Test void aTeacherWalksLessonOneThroughPredictThenRevealWithoutAMouse() {
        openLessonOneWithTheKeyboard();
        screenshot("classroom-lesson-01-predict.png");
        assertEquals("gather doesn't cancel the others", fx(() -> ((Label) lookup("#prediction-title").query()).getText()));
        assertTrue(fx(() -> predictionView.revealButton().isDisabled()), "nothing answered yet");

        // The class's answer: the await ends at 100 ms (Space on the first choice), raises TaskFailed(B) (Tab into the
        // outcomes, Space), and none is cancelled (no box ticked); then Alt+R reveals.
        type(KeyCode.SPACE);
        push(KeyCode.TAB);
        type(KeyCode.SPACE);
        assertEquals(100.0, fx(() -> prediction.chosenTimeProperty().get()));
        assertEquals("raises TaskFailed(B)", fx(() -> prediction.chosenOutcomeProperty().get()));
        assertTrue(fx(() -> prediction.canRevealProperty().get()));
        press(KeyCode.ALT).press(KeyCode.R).release(KeyCode.R).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(PredictionModel.Phase.REVEALED, fx(prediction::phase));
        assertEquals(1, reveals.size(), "the main window is told to play the run");
        assertEquals("3 of 3 right", fx(() -> ((Label) lookup("#prediction-result").query()).getText()));
        List<Node> verdicts = fx(() -> List.copyOf(((Parent) lookup("#verdicts").query()).getChildrenUnmodifiable()));
        assertEquals(3, verdicts.size());
        for (Node v : verdicts) {
            assertTrue(has(v, "correct"), "each verdict is marked right");
            assertEquals("✓", ((Label) ((HBox) v).getChildren().getFirst()).getText(), "a glyph, not colour alone");
        }
        RadioButton hundred = fx(() -> lookup("#choices-when").queryAs(Parent.class).getChildrenUnmodifiable().stream()
                .map(RadioButton.class::cast).filter(r -> r.getText().equals("100 ms")).findFirst().orElseThrow());
        assertTrue(has(hundred, "answer"));
        assertEquals("✓", ((Label) hundred.getGraphic()).getText());
        String rule = fx(() -> ((TextFlow) lookup("#rule-text").query()).getChildren().stream()
                .map(n -> ((Text) n).getText()).reduce("", String::concat));
        assertTrue(rule.startsWith("gather passes the first exception to its caller at once and cancels nothing"), rule);
        assertEquals("Session score: 3 of 3 right (1 predicted)", fx(() -> ((Label) lookup("#session-score").query()).getText()));
        screenshot("classroom-lesson-01-revealed.png");
        screenshot("classroom-lesson-01-revealed-panel.png", fx(() -> predictionView.getRoot().getContent()));
    }

    @Test void aWrongPredictionIsMarkedWithTheRightAnswerBesideIt() {
        openLessonOneWithTheKeyboard();
        interact(() -> {
            prediction.chooseTime(300.0);
            prediction.chooseOutcome("returns [A, C]");
        });
        CheckBox a = fx(() -> (CheckBox) lookup("#choices-cancelled").queryAs(Parent.class).getChildrenUnmodifiable().getFirst());
        clickOn(a);
        assertEquals(java.util.Set.of("A"), fx(() -> prediction.chosenCancelledProperty().get()));
        clickOn("#reveal");
        assertEquals("0 of 3 right", fx(() -> ((Label) lookup("#prediction-result").query()).getText()));
        CheckBox marked = fx(() -> (CheckBox) lookup("#choices-cancelled").queryAs(Parent.class).getChildrenUnmodifiable().getFirst());
        assertTrue(fx(() -> has(marked, "wrong") && marked.isSelected()), "A was ticked, and it is not cancelled");
        assertEquals("✗", fx(() -> ((Label) marked.getGraphic()).getText()));
        // The keyboard is on "Predict again" after a reveal.
        assertTrue(fx(() -> lookup("#predict-again").query().isFocused()));
        type(KeyCode.SPACE);
        assertEquals(PredictionModel.Phase.PREDICTING, fx(prediction::phase));
        assertEquals(java.util.Set.of(), fx(() -> prediction.chosenCancelledProperty().get()), "the answers are cleared");
        assertFalse(fx(() -> ((CheckBox) lookup("#choices-cancelled").queryAs(Parent.class).getChildrenUnmodifiable().getFirst()).isSelected()));
    }

    @Test void exportsThePictureAt1xAnd2xAndTheSvg() throws IOException {
        openLessonOneWithTheKeyboard();
        Path dir = Files.createTempDirectory("gatherlab-export");
        List<Exporter.Format> asked = new ArrayList<>();
        interact(() -> exportMenu.setPathChooser((owner, format, suggested) -> {
            asked.add(format);
            return dir.resolve(suggested);
        }));
        interact(() -> exportMenu.export(Exporter.Format.PNG));
        interact(() -> exportMenu.export(Exporter.Format.PNG_2X));
        interact(() -> exportMenu.export(Exporter.Format.SVG));
        interact(() -> exportMenu.export(Exporter.Format.JSON));
        assertEquals(List.of(Exporter.Format.PNG, Exporter.Format.PNG_2X, Exporter.Format.SVG, Exporter.Format.JSON), asked);

        Path png1 = dir.resolve("gather-does-not-cancel-the-others-timeline.png");
        Path png2 = dir.resolve("gather-does-not-cancel-the-others-timeline@2x.png");
        assertEquals((int) TIMELINE_W, pngWidth(png1));
        assertEquals((int) (2 * TIMELINE_W), pngWidth(png2), "2× is twice as wide");
        assertEquals((int) (2 * TIMELINE_H), pngHeight(png2));
        assertEquals(TimelineSvg.render(report), Files.readString(dir.resolve("gather-does-not-cancel-the-others-timeline.svg")));
        assertEquals(ReportJson.render(report), Files.readString(dir.resolve("gather-does-not-cancel-the-others-report.json")));
        assertTrue(fx(() -> export.statusProperty().get()).startsWith("Saved gather-does-not-cancel-the-others-report.json in "));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test void copyPicturePutsAnImageOnTheClipboard() {
        openLessonOneWithTheKeyboard();
        try {
            interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().hasImage());
        } catch (RuntimeException e) {
            // Monocle's clipboard needs --add-exports javafx.graphics/com.sun.glass.ui.delegate=ALL-UNNAMED.
            org.junit.jupiter.api.Assumptions.abort("the headless clipboard is not available: " + e.getCause());
        }
        interact(() -> exportMenu.copyPicture());
        assertNotNull(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getImage()), "the picture is on the clipboard");
        assertTrue(fx(() -> export.statusProperty().get()).startsWith("Copied the picture (1280 × 360)"));
    }

    private static int pngWidth(Path png) throws IOException {
        return header(png).readInt();
    }

    private static int pngHeight(Path png) throws IOException {
        DataInputStream in = header(png);
        in.readInt();
        return in.readInt();
    }

    private static DataInputStream header(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PngEncoder.SIGNATURE, Arrays.copyOf(bytes, 8), png + " starts with the PNG signature");
        assertEquals("IHDR", new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII));
        return new DataInputStream(new java.io.ByteArrayInputStream(bytes, 16, 8));
    }

    @Test void switchingToSpanishRewordsEverything() {
        openLessonOneWithTheKeyboard();
        interact(() -> {
            prediction.chooseTime(100.0);
            prediction.chooseOutcome("raises TaskFailed(B)");
            prediction.reveal();
        });
        interact(() -> messages.setLocale(Locale.of("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("gather no cancela a las demás", fx(() -> ((Label) lookup("#prediction-title").query()).getText()));
        assertEquals("3 de 3 aciertos", fx(() -> ((Label) lookup("#prediction-result").query()).getText()));
        assertTrue(fx(() -> lookup(".classroom-heading").queryAs(Label.class).getText()).equals("Lecciones"));
        assertEquals("_Revelar", fx(() -> predictionView.revealButton().getText()));
        assertTrue(fx(() -> lookup("#choices-what").queryAs(Parent.class).getChildrenUnmodifiable().stream()
                .map(n -> ((RadioButton) n).getText()).anyMatch(t -> t.equals("lanza TaskFailed(B)"))));
        assertEquals("Exportar", fx(() -> exportMenu.getRoot().getText().replace("_", "")));
        screenshot("classroom-lesson-01-revealed-es.png");
        assertNoMissingTexts();
    }

    @Test void presenterModeAndTheKeysOverlayComeFromTheKeyboard() {
        openLessonOneWithTheKeyboard();
        clickOn("#lesson-list");                    // focus on a control that leaves letters alone
        type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(presenter::isOn));
        assertTrue(fx(() -> root.getStyleClass().containsAll(List.of("presenter", "presenter-200", "high-contrast"))));
        assertEquals(28.0, fx(() -> ((Label) lookup("#session-score").query()).getFont().getSize()), 0.01, "the root font follows the scale");
        screenshot("classroom-presenter-high-contrast.png");
        press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);   // "?"
        WaitForAsyncUtils.waitForFxEvents();
        if (!fx(keys::isShowing)) interact(keys::toggle);                  // a keyboard layout without ? on Shift+/
        assertTrue(fx(keys::isShowing));
        screenshot("classroom-presenter-keys.png");
        type(KeyCode.ESCAPE);
        assertFalse(fx(keys::isShowing));
        type(KeyCode.P);
        assertFalse(fx(presenter::isOn));
        assertFalse(fx(() -> root.getStyleClass().contains("presenter")));
    }

    @Test void verifyHighlightsTheFieldWhereCPythonDiffers() {
        openLessonOneWithTheKeyboard();
        var run = report.runs().getFirst();
        pythonSays = ReportJson.render(new ScenarioReport(report.scenario(), ClockKind.VIRTUAL, List.of(run)))
                .replaceFirst("\"returnedAtMs\": 100", "\"returnedAtMs\": 300");
        clickOn("#verify");
        assertEquals(VerifyModel.State.DIFFERS, fx(verify::state));
        List<Label> differing = fx(() -> all(codePanel.verifyView().grid()).stream()
                .filter(n -> n instanceof Label l && has(l, "differs")).map(Label.class::cast).toList());
        assertEquals(List.of("≠", "returnedAtMs", "100", "300"), differing.stream().map(Label::getText).toList());
        assertEquals("CPython 3.11.7", fx(() -> ((Label) lookup("#verify-version").query()).getText()));
        screenshot("classroom-verify-differs.png", codePanel.getRoot());

        pythonSays = ReportJson.render(new ScenarioReport(report.scenario(), ClockKind.VIRTUAL, List.of(run)));
        clickOn("#verify");
        assertEquals(VerifyModel.State.MATCH, fx(verify::state));
        assertTrue(fx(() -> all(codePanel.verifyView().grid()).stream().noneMatch(n -> has(n, "differs"))));
        // The code is highlighted: keywords, strings, comments, numbers are styled Text nodes.
        List<String> classes = fx(() -> codePanel.codeFlow().getChildren().stream().flatMap(n -> n.getStyleClass().stream()).distinct().toList());
        assertTrue(classes.containsAll(List.of("code-keyword", "code-string", "code-comment", "code-number", "code-builtin")), classes.toString());
        screenshot("classroom-code-verified.png", codePanel.getRoot());
    }

    @Test void everyControlHasAccessibleTextAndNoTextIsMissing() {
        openLessonOneWithTheKeyboard();
        interact(() -> {
            prediction.chooseTime(100.0);
            prediction.chooseOutcome("raises TaskFailed(B)");
            prediction.reveal();
        });
        interact(() -> keys.show());
        List<String> unnamed = fx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : all(root)) {
                if (!(n instanceof Control c) || !c.isVisible() || "list-view".equals(c.getId())) continue;   // a combo box's own popup list
                boolean operable = c instanceof ButtonBase || c instanceof TextInputControl || c instanceof ListView<?>
                        || c instanceof ComboBoxBase<?> || (c instanceof ScrollPane && c.isFocusTraversable());
                if (!operable) continue;
                String text = c.getAccessibleText();
                if ((text == null || text.isBlank()) && c instanceof Labeled l) text = l.getText();
                if (text == null || text.isBlank()) out.add(c.getClass().getSimpleName() + " " + c.getId() + " " + c.getStyleClass());
            }
            return out;
        });
        assertEquals(List.of(), unnamed);
        assertNoMissingTexts();
    }

    private void assertNoMissingTexts() {
        List<String> missing = fx(() -> all(root).stream()
                .map(n -> n instanceof Labeled l ? l.getText() : n instanceof Text t ? t.getText() : null)
                .filter(t -> t != null && (t.contains("⟦") || t.matches("(?s).*\\{\\d}.*"))).toList());
        assertEquals(List.of(), missing);
    }
}
