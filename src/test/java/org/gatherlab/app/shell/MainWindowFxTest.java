package org.gatherlab.app.shell;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.CssParser;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatherlab.app.editor.DefaultScenario;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Screenshots;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Scenario;
import org.gatherlab.scenario.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window, headless (Monocle), at 1280×800: edit a task through the table, open a bad file, switch
 * to the dark theme, and keyboard-only Run/Stop. Saves screenshots of the main window under
 * {@code gatherlab.screenshots} (default {@code target/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private static final Path SHOTS = Path.of(System.getProperty("gatherlab.screenshots", "target/screenshots"));
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private GatherLabApp app;
    private Stage stage;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = FxAppUnderTest.englishHomeAt1280x800("gatherlab-fx");
        CssParser.errorsProperty().clear();
        this.stage = stage;
        app = new GatherLabApp();
        app.start(stage);
    }

    @Stop
    void stop() {
        FxAppUnderTest.stop(app);
    }

    @Test
    void theWindowOpensAt1280x800WithTheStarterScenarioReadyToRun(FxRobot robot) throws Exception {
        assertEquals(1280, stage.getScene().getWidth(), 0.5);
        assertEquals(800, stage.getScene().getHeight(), 0.5);
        waitUntil(() -> app.editor().validProperty().get());
        assertEquals(5, robot.lookup(".task-table").queryTableView().getItems().size());
        assertFalse(robot.lookup(".run-button").queryButton().isDisabled());
        assertEquals("untitled.gather.json — GatherLab", stage.getTitle());
        screenshot("main-window-light.png");
        assertEquals(List.of(), cssErrors());
    }

    @Test
    void editingADurationInTheTableShowsTheContractMessageOnTheCell(FxRobot robot) throws Exception {
        robot.doubleClickOn(cell(robot, "durationMs", 2));
        robot.write("-5").type(KeyCode.ENTER);
        waitUntil(() -> !app.editor().checkingProperty().get() && !app.editor().problems().isEmpty());

        TableCell<?, ?> cell = cell(robot, "durationMs", 2);
        assertTrue(cell.getPseudoClassStates().contains(INVALID));
        assertEquals("-5", cell.getText());
        assertEquals("tasks[2].durationMs: must be between 0 and 3600000, got -5", cell.getTooltip().getText());
        ListView<Problem> problems = robot.lookup(".problem-list").queryListView();
        assertEquals(List.of("untitled.gather.json: tasks[2].durationMs: must be between 0 and 3600000, got -5"),
                problems.getItems().stream().map(Problem::toString).toList());
        assertTrue(robot.lookup(".run-button").queryButton().isDisabled(), "an invalid scenario cannot run");
        assertTrue(stage.getTitle().startsWith("• "), "unsaved changes show in the title");
        screenshot("main-window-invalid-cell-light.png");

        // Fixed by typing over the focused cell, as in a spreadsheet.
        robot.clickOn(cell(robot, "durationMs", 2));
        robot.write("250").type(KeyCode.ENTER);
        waitUntil(() -> app.editor().validProperty().get());
        assertFalse(cell(robot, "durationMs", 2).getPseudoClassStates().contains(INVALID));
        assertEquals(250, app.editor().scenario().tasks().get(2).durationMs());
    }

    @Test
    void openingABadFileShowsEveryProblemAndChangesNothing(FxRobot robot) throws Exception {
        Scenario before = app.editor().scenario();
        Path bad = home.resolve("bad.gather.json");
        Files.writeString(bad, """
                {"format": "gatherlab/scenario@1",
                 "tasks": [{"name": "A", "durationMs": -5}, {"name": "B", "durationMs": 10, "kind": "gpu"}],
                 "runs": [{"strategy": "gather"}]}
                """);
        robot.interact(() -> app.documents().open(bad));
        waitUntil(() -> robot.lookup(".problem-details").tryQuery().isPresent());

        TextArea details = robot.lookup(".problem-details").queryAs(TextArea.class);
        assertEquals(bad + ": tasks[0].durationMs: must be between 0 and 3600000, got -5\n"
                + bad + ": tasks[1].kind: must be \"io\" or \"cpu\", got \"gpu\"", details.getText());
        screenshotOf(details.getScene().getRoot(), "bad-file-dialog-light.png");
        Button ok = robot.lookup(".dialog-pane .button").match((Button b) -> "OK".equals(b.getText())).queryButton();
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup(".problem-details").tryQuery().isEmpty());

        assertEquals(before, app.editor().scenario());
        assertEquals(null, app.documents().file());
        assertFalse(app.documents().dirtyProperty().get());
    }

    @Test
    void theDarkThemeIsAKeyAwayAndRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        screenshot("main-window-light.png");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Theme.DARK, app.appearance().theme());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertTrue(stage.getScene().getRoot().getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
        assertTrue(Files.readString(home.resolve("settings.properties")).contains("theme=dark"));

        robot.interact(() -> app.editor().editTask(1, org.gatherlab.app.editor.TaskField.FAILURE_RATE, "1"));
        robot.interact(() -> app.editor().editTask(3, org.gatherlab.app.editor.TaskField.DURATION_MS, "oops"));
        waitUntil(() -> !app.editor().checkingProperty().get());
        screenshot("main-window-dark.png");
        assertEquals(List.of(), cssErrors());
    }

    @Test
    void runAndStopAreReachableByKeyboardAndReachTheComparisonArea(FxRobot robot) throws Exception {
        List<String> calls = new ArrayList<>();
        List<Scenario> ran = new ArrayList<>();
        ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
        ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
        RunActions fake = RunActions.of((scenario, clock) -> {
            calls.add("run " + scenario.runs().size() + " runs, " + clock.json());
            ran.add(scenario);
            running.set(true);
            status.set("running");
        }, () -> {
            calls.add("stop");
            running.set(false);
        }, running.getReadOnlyProperty(), status.getReadOnlyProperty());
        robot.interact(() -> app.window().showComparison(new Label("comparison"), fake));
        waitUntil(() -> app.editor().validProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("run 3 runs, virtual"), calls);
        assertTrue(robot.lookup(".run-button").queryButton().isDisabled(), "no second run while one runs");
        assertFalse(robot.lookup(".stop-button").queryButton().isDisabled());
        assertEquals("running", app.window().statusBar().getText());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("run 3 runs, virtual", "stop"), calls);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("run 3 runs, real", calls.get(2));
        assertEquals(ClockKind.VIRTUAL, app.window().clock(), "Run in real time does not change the clock choice");
        assertEquals(DefaultScenario.create(), app.editor().scenario());
        robot.type(KeyCode.ESCAPE);

        // Run while a cell is being typed in: the edit is committed, checked, then run.
        robot.doubleClickOn(cell(robot, "durationMs", 0)).write("350");
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> calls.size() == 5);
        assertEquals("run 3 runs, virtual", calls.get(4));
        assertEquals(350, ran.get(ran.size() - 1).tasks().get(0).durationMs());
    }

    @Test
    void tasksAreAddedDuplicatedAndMovedFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, "name", 1));
        robot.type(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A", "B", "F", "C", "D", "E"), names());
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A", "B", "F copy", "F", "C", "D", "E"), names());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A", "B", "F", "C", "D", "E"), names());
        // Type a name straight into the focused cell; Tab commits and moves on.
        robot.write("Fetch").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Fetch", app.editor().tasks().get(2).task().name());
    }

    @Test
    void runOptionsFollowTheStrategyAndBadInputIsShownOnTheField(FxRobot robot) throws Exception {
        ListView<?> runs = robot.lookup(".run-list").queryListView();
        robot.clickOn(robot.lookup(".run-cell").match((javafx.scene.control.ListCell<?> c) -> c.getIndex() == 1).queryAs(Node.class));
        assertEquals(1, runs.getSelectionModel().getSelectedIndex());
        javafx.scene.control.ChoiceBox<?> strategy = robot.lookup("#strategyChoice").queryAs(javafx.scene.control.ChoiceBox.class);
        javafx.scene.control.ChoiceBox<?> returnWhen = robot.lookup("#returnWhenChoice").queryAs(javafx.scene.control.ChoiceBox.class);
        javafx.scene.control.CheckBox returnExceptions = robot.lookup("#returnExceptionsCheck").queryAs(javafx.scene.control.CheckBox.class);
        assertTrue(returnWhen.isDisabled(), "gather has no returnWhen");
        assertFalse(returnExceptions.isDisabled());

        robot.clickOn(strategy);
        robot.clickOn(robot.lookup(".context-menu .menu-item").match((Node n) -> n.lookup(".label") instanceof Label l && "wait".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.gatherlab.engine.Strategy.WAIT, app.editor().runs().get(1).run().strategy());
        assertFalse(returnWhen.isDisabled());
        assertTrue(returnExceptions.isDisabled(), "wait has no returnExceptions");

        javafx.scene.control.TextField timeout = robot.lookup("#timeoutField").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(timeout).write("soon").type(KeyCode.ENTER);
        waitUntil(() -> !app.editor().checkingProperty().get());
        assertTrue(timeout.getPseudoClassStates().contains(INVALID));
        assertEquals("runs[1].timeoutMs: must be a number, got \"soon\"", timeout.getTooltip().getText());
        assertEquals(List.of("untitled.gather.json: runs[1].timeoutMs: must be a number, got \"soon\""),
                app.editor().problems().stream().map(Problem::toString).toList());
        screenshot("main-window-run-options-light.png");

        robot.doubleClickOn(timeout).write("250").type(KeyCode.ENTER);
        waitUntil(() -> app.editor().validProperty().get());
        assertEquals(250.0, app.editor().runs().get(1).run().timeoutMs());
        assertFalse(timeout.getPseudoClassStates().contains(INVALID));
    }

    @Test
    void generatingAHundredThousandTasksKeepsTheTableResponsive(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".generate-form").tryQuery().isPresent());
        javafx.scene.control.TextField count = robot.lookup(".generate-form .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(count);
        robot.interact(count::selectAll);
        robot.write("100000");
        WaitForAsyncUtils.waitForFxEvents();
        String summary = robot.lookup(".generate-form .form-message").queryLabeled().getText();
        assertTrue(summary.startsWith("80,000 io and 20,000 cpu tasks"), summary + " / count: " + count.getText());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> app.editor().tasks().size() == 100_000 && app.editor().validProperty().get());

        javafx.scene.control.TableView<?> table = robot.lookup(".task-table").queryTableView();
        robot.interact(() -> table.scrollTo(99_990));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".task-cell-name").match((TableCell<?, ?> c) -> "T99990".equals(c.getText())).tryQuery().isPresent());
        // What keeps 100,000 rows quick is that only the rows on screen have cells (speed itself is the benchmarks'
        // to measure, never a wall-clock limit here): a few dozen, not one per task.
        int cells = robot.lookup(".task-cell-name").queryAll().size();
        assertTrue(cells < 200, cells + " name cells for 100,000 rows");
        assertEquals("100,000", robot.lookup(".tasks-pane .section-count").queryLabeled().getText());
    }

    @Test
    void theLanguageMenuSwitchesToSpanishInPlaceAndTheNextRunIsToldInSpanish(FxRobot robot) throws Exception {
        waitUntil(() -> app.editor().validProperty().get());
        robot.interact(() -> app.editor().editTask(0, org.gatherlab.app.editor.TaskField.NAME, "Descarga"));
        waitUntil(() -> app.editor().validProperty().get());
        Scenario before = app.editor().scenario();

        // View ▸ Language ▸ Español, with the mouse as a person would.
        robot.clickOn("_View").clickOn("Lan_guage").clickOn("Español");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Words.SPANISH, app.messages().locale());
        javafx.scene.control.MenuBar menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertEquals(List.of("_Archivo", "_Editar", "E_jecutar", "_Ver", "Au_la", "A_yuda"), menus.getMenus().stream().map(m -> m.getText()).toList());
        assertEquals("Ejecutar", robot.lookup(".run-button").queryButton().getText());
        assertEquals("Idioma: Español", app.window().statusBar().getText());
        assertEquals("_Tareas", robot.lookup(".tasks-pane .section-title").queryLabeled().getText());
        assertEquals(before, app.editor().scenario(), "the scenario is as it was");
        assertEquals("Descarga", robot.lookup(".task-cell-name").match((TableCell<?, ?> c) -> c.getIndex() == 0).queryAs(TableCell.class).getText());
        assertTrue(app.editor().summaryProperty().get().startsWith("5 tareas · 3 ejecuciones"), app.editor().summaryProperty().get());
        assertTrue(Files.readString(home.resolve("settings.properties")).contains("language=es"), "remembered");

        // A run, told in Spanish: the outcome cards, the status line, the timeline's summary for screen readers.
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#headline-1").tryQuery().isPresent()
                && ((Label) robot.lookup("#headline-1").query()).getText().startsWith("✓"));
        String gather = ((Label) robot.lookup("#headline-2").query()).getText();
        assertEquals("✓ devolvió [Descarga, B, C, D, ... 1 más] a los 400 ms", gather);
        assertTrue(robot.lookup(".outcome-card .timing").match((Label l) -> l.getText().startsWith("el await terminó a los")).tryQuery().isPresent());
        assertEquals("Calculadas 3 ejecuciones con el reloj virtual (tiempos exactos).", robot.lookup("#status").queryLabeled().getText());
        String timeline = robot.lookup("#timeline").query().getAccessibleText();
        assertTrue(timeline.startsWith("Línea de tiempo de 3 ejecuciones"), timeline);
        assertTrue(timeline.contains("Ejecución 2, gather(): await devolvió [Descarga, B, C, ... 2 más] a los 400 ms; 5 tareas: 5 terminaron bien."), timeline);
        screenshot("main-window-es.png");
        assertEquals(List.of(), cssErrors());

        // And back: the cards of the same run are re-worded in place.
        robot.clickOn("_Ver").clickOn("_Idioma").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✓ returned [Descarga, B, C, D, ... 1 more] at 400 ms", ((Label) robot.lookup("#headline-2").query()).getText());
        assertEquals("_File", menus.getMenus().get(0).getText());
        assertEquals(before, app.editor().scenario());
    }

    private List<String> names() { return app.editor().scenario().tasks().stream().map(t -> t.name()).toList(); }

    private static TableCell<?, ?> cell(FxRobot robot, String field, int row) {
        return robot.lookup(".task-cell-" + field).match((TableCell<?, ?> c) -> c.getIndex() == row && !c.isEmpty()).query();
    }

    private void screenshot(String name) throws Exception {
        screenshotOf(stage.getScene().getRoot(), name);
    }

    private static void screenshotOf(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Screenshots.write(image, SHOTS.resolve(name));
    }

    private static List<String> cssErrors() {
        return CssParser.errorsProperty().stream().map(Object::toString).toList();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxAppUnderTest.waitUntil(10, condition);
    }
}
