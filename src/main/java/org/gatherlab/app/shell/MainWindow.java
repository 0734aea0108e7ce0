package org.gatherlab.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.ScenarioEditorView;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.engine.ClockKind;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The main window: menus, toolbar (Run with the chosen clock, Run in real time, Stop), the scenario editor on
 * the left, the comparison area in the centre, and a status bar (file and unsaved marker, last message,
 * validation). A thin controller: handlers delegate to the models in one line.
 *
 * <p>The comparison area is connected with {@link #showComparison(Node, RunActions)}; until then Run says in
 * the status bar that nothing is connected.
 *
 * <p>View ▸ Language switches {@link Messages}; every part re-words itself in place (FXML texts through
 * {@link UiPart}, the rest in each part's {@code applyWords()}), so the scenario, selections, focus and the runs
 * shown stay as they were.
 */
public final class MainWindow extends UiPart<BorderPane> {
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");

    @FXML private MenuBar menuBar;
    @FXML private Menu recentMenu;
    @FXML private MenuItem runItem;
    @FXML private MenuItem runRealTimeItem;
    @FXML private MenuItem stopItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private CheckMenuItem editorItem;
    @FXML private CheckMenuItem legendItem;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;
    @FXML private Menu languageMenu;
    @FXML private Button runButton;
    @FXML private Button runRealTimeButton;
    @FXML private Button stopButton;
    @FXML private Label clockLabel;
    @FXML private SegmentedButton clockChoice;
    @FXML private ToggleButton realClock;
    @FXML private Button themeButton;
    @FXML private SplitPane split;
    @FXML private TabPane side;
    @FXML private Tab editorTab;
    @FXML private StackPane editorHost;
    @FXML private ToolBar toolBar;
    @FXML private CheckMenuItem presenterItem;
    @FXML private StackPane comparisonHost;
    @FXML private StatusBar statusBar;

    private final Stage stage;
    private final ScenarioEditorModel editor;
    private final DocumentModel documents;
    private final AppearanceModel appearance;
    private final Messages messages;
    private final Runnable exit;
    private final ScenarioEditorView editorView;
    private final StatusLine status;
    private final RunCommands runs;
    private final ToggleGroup languageGroup;
    private final EditorSplit editorSplit;
    private final ToolbarFit toolbarFit;
    private Runnable classSession = () -> { };
    private ClassroomPanel classroom;

    public MainWindow(Stage stage, ScenarioEditorModel editor, DocumentModel documents, AppearanceModel appearance,
                      Messages messages, LongSupplier seeds, Runnable exit) {
        super("shell/main.fxml", messages);
        this.stage = stage;
        this.editor = editor;
        this.documents = documents;
        this.appearance = appearance;
        this.messages = messages;
        this.exit = exit;
        this.editorView = new ScenarioEditorView(editor, messages, seeds);
        this.status = new StatusLine(statusBar, documents, editor, messages);
        this.runs = new RunCommands(editor, messages, status::say);
        this.languageGroup = WindowMenus.languages(languageMenu, messages);
        this.editorSplit = new EditorSplit(split, side);
        this.toolbarFit = new ToolbarFit(toolBar, java.util.List.of(runRealTimeButton, stopButton, clockLabel));
        createView();
        initListeners();
    }

    /**
     * LEAD hook: puts the comparison area in the centre and wires Run and Stop to it. Call once, before or after
     * the window is shown; e.g. {@code showComparison(new ComparisonView(model).getRoot(), RunActions.of(model::run,
     * model::stop, model.runningProperty(), model.statusProperty()))}.
     */
    public void showComparison(Node view, RunActions actions) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(actions, "actions");
        comparisonHost.getChildren().setAll(view);
        runs.connect(actions);
    }

    /**
     * Docks the classroom: its tabs in the side panel beside the editor, Export in the toolbar, presenter mode
     * turning the side panel into a drawer. Call once, before the window is shown.
     */
    public void dock(ClassroomPanel panel) {
        this.classroom = Objects.requireNonNull(panel, "panel");
        side.getTabs().addAll(panel.tabs());
        toolBar.getItems().add(toolBar.getItems().indexOf(themeButton), panel.exportButton());
        if (panel.exportButton() instanceof javafx.scene.control.Labeled export) toolbarFit.add(export);
        panel.setShower(editorSplit::show);
        panel.presenter().onProperty().addListener((o, was, on) -> {
            editorSplit.setDrawer(on);
            editorItem.setSelected(editorSplit.editorShown());
            presenterItem.setSelected(on);
        });
    }

    public ScenarioEditorView editorView() { return editorView; }

    /** What Run ▸ Start class session does (the live class quiz, wired by the app). */
    public void setOnClassSession(Runnable action) { this.classSession = Objects.requireNonNull(action); }

    public StatusBar statusBar() { return statusBar; }

    /**
     * Closes the side panel and keeps it closed in both modes (the class session's panel docks beside the timeline
     * instead; its own toggle still opens it); true if the teacher had it open.
     */
    boolean closeSidePanel() {
        boolean open = editorSplit.holdClosed();
        editorItem.setSelected(false);
        return open;
    }

    /** The session is over: the side panel follows presenter mode again, and comes back if it was open. */
    void releaseSidePanel(boolean reopen) {
        editorSplit.release(reopen);
        editorItem.setSelected(editorSplit.editorShown());
    }

    /** The clock Run uses (the toolbar's choice; virtual unless changed). */
    public ClockKind clock() { return realClock.isSelected() ? ClockKind.REAL : ClockKind.VIRTUAL; }

    // ---- View ----------------------------------------------------------------------------------------------

    private void createView() {
        editorHost.getChildren().add(editorView.getRoot());
        clockLabel.setLabelFor(clockChoice);
        applyWords();
    }

    /** The texts set here rather than in the FXML (which {@link UiPart} re-words by itself). */
    private void applyWords() {
        WindowMenus.showLanguage(languageGroup, messages);
        status.showFile();
        showTheme();
        WindowMenus.recent(recentMenu, documents, messages);
    }

    private void initListeners() {
        stage.titleProperty().bind(documents.titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });

        // Run while the scenario is valid and nothing runs; Stop while something runs.
        for (var control : new javafx.beans.property.BooleanProperty[] {runButton.disableProperty(), runRealTimeButton.disableProperty(),
                runItem.disableProperty(), runRealTimeItem.disableProperty()}) control.bind(runs.cannotRun());
        stopButton.disableProperty().bind(Bindings.not(runs.running()));
        stopItem.disableProperty().bind(Bindings.not(runs.running()));
        runs.running().addListener((o, a, b) -> getRoot().pseudoClassStateChanged(RUNNING, b));
        // Esc stops a run wherever the focus is (a table would otherwise take it), except while a cell is edited.
        getRoot().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && runs.running().get() && editorView.tasks().table().getEditingCell() == null) {
                stop();
                e.consume();
            }
        });

        ScenarioDrop.install(getRoot(), documents);

        // Undo and redo of every edit; Ctrl+Y redoes too. A handler, not a filter: a field being typed in undoes its own text.
        undoItem.disableProperty().bind(editor.canUndoProperty().not());
        redoItem.disableProperty().bind(editor.canRedoProperty().not());
        KeyCombination redoY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        getRoot().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (redoY.match(e)) {
                redo();
                e.consume();
            }
        });

        // The clock choice always has one selected.
        clockChoice.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) old.setSelected(true);
        });

        legendItem.selectedProperty().bindBidirectional(appearance.legendShownProperty());

        // Theme.
        showTheme();
        appearance.themeProperty().addListener(o -> showTheme());

        // Language: everything re-worded in place (the scenario, selections and runs stay as they are).
        messages.localeProperty().addListener((o, was, now) -> {
            applyWords();
            status.say(messages.format("status.language", Messages.nativeName(now)));
        });

        documents.recentFiles().addListener((ListChangeListener<Path>) c -> WindowMenus.recent(recentMenu, documents, messages));
    }

    private void showTheme() {
        boolean dark = appearance.theme() == Theme.DARK;
        (dark ? darkItem : lightItem).setSelected(true);
        themeButton.setGraphic(Icons.icon(dark ? Icons.LIGHT : Icons.DARK));
        Icons.label(themeButton, messages.text(dark ? "toolbar.theme.toLight" : "toolbar.theme.toDark"));
    }

    // ---- Handlers ------------------------------------------------------------------------------------------

    @FXML private void newScenario() { documents.newScenario(); }

    @FXML private void open() { documents.open(); }

    @FXML private void save() {
        editorView.commitEdits();
        documents.save();
    }

    @FXML private void saveAs() {
        editorView.commitEdits();
        documents.saveAs();
    }

    @FXML private void quit() {
        editorView.commitEdits();
        documents.quit(this::exitNow);
    }

    @FXML private void undo() { editor.undo(); }

    @FXML private void redo() { editor.redo(); }

    @FXML private void generateTasks() { editorView.openGenerator(); }

    @FXML private void rerollSeed() { editor.rerollSeed(); }

    @FXML private void run() { runWith(clock()); }

    @FXML private void runRealTime() { runWith(ClockKind.REAL); }

    /** Runs what the person sees: a field being typed in is committed first. */
    private void runWith(ClockKind clock) {
        editorView.commitEdits();
        runs.run(clock);
    }

    @FXML private void stop() { runs.stop(); }

    @FXML private void startClassSession() { classSession.run(); }

    /** Hides the side panel so the comparison area gets the whole width, or shows it again where it was. */
    @FXML private void toggleEditor() {
        boolean shown = editorSplit.toggle();
        if (shown && editorSplit.tabShown(editorTab)) editorView.focusTasks();
        else if (shown) side.requestFocus();
        else comparisonHost.requestFocus();
        editorItem.setSelected(shown);
    }

    @FXML private void focusTasks() {
        showEditorTab();
        editorView.focusTasks();
    }

    @FXML private void focusRuns() {
        showEditorTab();
        editorView.focusRuns();
    }

    @FXML private void focusProblems() {
        showEditorTab();
        editorView.focusProblems();
    }

    private void showEditorTab() {
        editorSplit.show(editorTab);
        editorItem.setSelected(true);
    }

    // The classroom (docked by dock(...)).

    @FXML private void showLessons() { if (classroom != null) classroom.showLessons(); editorItem.setSelected(editorSplit.editorShown()); }

    @FXML private void showPredict() { if (classroom != null) classroom.showPredict(); editorItem.setSelected(editorSplit.editorShown()); }

    @FXML private void showCode() { if (classroom != null) classroom.showCode(); editorItem.setSelected(editorSplit.editorShown()); }

    @FXML private void togglePresenter() {
        if (classroom != null) classroom.presenter().toggle();
        else presenterItem.setSelected(false);
    }

    @FXML private void showClassroomKeys() { if (classroom != null) classroom.keys().show(); }

    @FXML private void lightTheme() { appearance.setTheme(Theme.LIGHT); }

    @FXML private void darkTheme() { appearance.setTheme(Theme.DARK); }

    @FXML private void toggleTheme() { appearance.toggle(); }

    @FXML private void showShortcuts() { HelpDialogs.showShortcuts(stage, menuBar, messages.words()); }

    @FXML private void showAbout() { HelpDialogs.showAbout(stage, messages.words()); }

    private void exitNow() {
        runs.stop();
        exit.run();
    }
}
