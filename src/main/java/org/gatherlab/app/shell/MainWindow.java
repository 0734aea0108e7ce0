package org.gatherlab.app.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;
import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.editor.ScenarioEditorView;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.ClockKind;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.Locale;
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
    private static final PseudoClass DIRTY = PseudoClass.getPseudoClass("dirty");
    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass PROBLEMS = PseudoClass.getPseudoClass("problems");
    private static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");

    @FXML private MenuBar menuBar;
    @FXML private Menu recentMenu;
    @FXML private MenuItem runItem;
    @FXML private MenuItem runRealTimeItem;
    @FXML private MenuItem stopItem;
    @FXML private CheckMenuItem editorItem;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;
    @FXML private Menu languageMenu;
    @FXML private ToolBar toolBar;
    @FXML private Button newButton;
    @FXML private Button openButton;
    @FXML private Button saveButton;
    @FXML private Button runButton;
    @FXML private Button runRealTimeButton;
    @FXML private Button stopButton;
    @FXML private Label clockLabel;
    @FXML private SegmentedButton clockChoice;
    @FXML private ToggleButton virtualClock;
    @FXML private ToggleButton realClock;
    @FXML private Pane toolbarSpacer;
    @FXML private Button themeButton;
    @FXML private SplitPane split;
    @FXML private StackPane editorHost;
    @FXML private StackPane comparisonHost;
    @FXML private VBox comparisonPlaceholder;
    @FXML private StatusBar statusBar;

    private final Stage stage;
    private final ScenarioEditorModel editor;
    private final DocumentModel documents;
    private final AppearanceModel appearance;
    private final Messages messages;
    private final Runnable exit;
    private final ScenarioEditorView editorView;
    private final ObjectProperty<RunActions> runActions = new SimpleObjectProperty<>(this, "runActions", RunActions.unconnected());
    private final Label fileLabel = new Label();
    private final Label validationLabel = new Label();
    private final FontIcon validationIcon = Icons.icon(Icons.OK);
    private final FontIcon fileIcon = Icons.icon(Icons.UNSAVED);
    private final ToggleGroup languageGroup = new ToggleGroup();
    /** A Run asked for while the scenario was still being checked. */
    private ClockKind pendingRun;

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
        runActions.set(actions);
    }

    public ScenarioEditorView editorView() { return editorView; }

    public StatusBar statusBar() { return statusBar; }

    /** The clock Run uses (the toolbar's choice; virtual unless changed). */
    public ClockKind clock() { return realClock.isSelected() ? ClockKind.REAL : ClockKind.VIRTUAL; }

    // ---- View ----------------------------------------------------------------------------------------------

    private void createView() {
        editorHost.getChildren().add(editorView.getRoot());
        SplitPane.setResizableWithParent(editorHost, false);
        HBox.setHgrow(toolbarSpacer, Priority.ALWAYS);
        clockLabel.setLabelFor(clockChoice);
        fileLabel.getStyleClass().add("status-file");
        validationLabel.getStyleClass().add("status-validation");
        validationLabel.setGraphic(validationIcon);
        statusBar.getLeftItems().setAll(fileLabel);
        statusBar.getRightItems().setAll(validationLabel);
        statusBar.setText(messages.text("status.ready"));
        // A tab stop that reads out all three parts: file, the latest message, the check.
        statusBar.accessibleTextProperty().bind(Bindings.concat(fileLabel.textProperty(), " · ", statusBar.textProperty(), " · ",
                validationLabel.textProperty()));
        for (Locale l : messages.supported()) {
            RadioMenuItem item = new RadioMenuItem(Messages.nativeName(l));
            item.setUserData(l);
            item.setToggleGroup(languageGroup);
            item.setOnAction(e -> messages.setLocale(l));
            languageMenu.getItems().add(item);
        }
        applyWords();
    }

    /** The texts set here rather than in the FXML (which {@link UiPart} re-words by itself). */
    private void applyWords() {
        Words w = messages.words();
        Icons.label(newButton, w.text("toolbar.new.tip"));
        Icons.label(openButton, w.text("toolbar.open.tip"));
        Icons.label(saveButton, w.text("toolbar.save.tip"));
        runButton.setTooltip(new Tooltip(w.text("toolbar.run.tip")));
        runRealTimeButton.setTooltip(new Tooltip(w.text("toolbar.runRealTime.tip")));
        stopButton.setTooltip(new Tooltip(w.text("toolbar.stop.tip")));
        virtualClock.setTooltip(new Tooltip(w.text("toolbar.clock.virtual.tip")));
        realClock.setTooltip(new Tooltip(w.text("toolbar.clock.real.tip")));
        clockChoice.setAccessibleText(w.text("toolbar.clock.accessible"));
        for (Toggle t : languageGroup.getToggles()) t.setSelected(messages.locale().equals(t.getUserData()));
        showFile();
        showTheme();
        rebuildRecentMenu();
    }

    private void initListeners() {
        stage.titleProperty().bind(documents.titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });

        // Run while the scenario is valid and nothing runs; Stop while something runs.
        BooleanProperty isRunning = new SimpleBooleanProperty(this, "running");
        isRunning.bind(runActions.get().runningProperty());
        ChangeListener<String> runStatus = (o, a, b) -> {
            if (b != null && !b.isEmpty()) statusBar.setText(b);
        };
        runActions.get().statusProperty().addListener(runStatus);
        runActions.addListener((o, old, now) -> {
            isRunning.bind(now.runningProperty());
            old.statusProperty().removeListener(runStatus);
            now.statusProperty().addListener(runStatus);
        });
        BooleanBinding cannotRun = editor.validProperty().not().or(isRunning).or(editor.generatingProperty());
        runButton.disableProperty().bind(cannotRun);
        runRealTimeButton.disableProperty().bind(cannotRun);
        runItem.disableProperty().bind(cannotRun);
        runRealTimeItem.disableProperty().bind(cannotRun);
        stopButton.disableProperty().bind(isRunning.not());
        stopItem.disableProperty().bind(isRunning.not());
        isRunning.addListener((o, a, b) -> getRoot().pseudoClassStateChanged(RUNNING, b));
        // Esc stops a run wherever the focus is (a table would otherwise take it), except while a cell is edited.
        getRoot().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isRunning.get() && editorView.tasks().table().getEditingCell() == null) {
                stop();
                e.consume();
            }
        });

        editor.checkingProperty().addListener((o, was, checking) -> {
            if (checking || pendingRun == null) return;
            ClockKind clock = pendingRun;
            pendingRun = null;
            if (editor.validProperty().get()) runActions.get().run(editor.scenario(), clock);
            else statusBar.setText(messages.text("status.notRun"));
        });

        // Scenario files dropped on the window are opened.
        getRoot().setOnDragOver(e -> {
            if (droppedScenario(e.getDragboard()) != null) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        getRoot().setOnDragDropped(e -> {
            Path dropped = droppedScenario(e.getDragboard());
            e.setDropCompleted(dropped != null);
            e.consume();
            if (dropped != null) documents.open(dropped);
        });

        // The clock choice always has one selected.
        clockChoice.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) old.setSelected(true);
        });

        // Status bar: file and unsaved marker, the latest message, validation.
        InvalidationListener fileShown = o -> showFile();
        documents.displayNameProperty().addListener(fileShown);
        documents.dirtyProperty().addListener(fileShown);
        showFile();
        InvalidationListener validationShown = o -> showValidation();
        editor.problemSummaryProperty().addListener(validationShown);
        editor.checkingProperty().addListener(validationShown);
        showValidation();
        documents.messageProperty().addListener((o, a, b) -> statusBar.setText(b));
        editor.messageProperty().addListener((o, a, b) -> statusBar.setText(b));
        statusBar.progressProperty().bind(Bindings.when(documents.busyProperty().or(editor.generatingProperty()))
                .then(-1.0).otherwise(0.0));

        // Theme.
        showTheme();
        appearance.themeProperty().addListener(o -> showTheme());

        // Language: everything re-worded in place (the scenario, selections and runs stay as they are).
        messages.localeProperty().addListener((o, was, now) -> {
            applyWords();
            statusBar.setText(messages.format("status.language", Messages.nativeName(now)));
        });

        documents.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());

        // The editor keeps its width when the window grows; the comparison area takes the rest.
        split.widthProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                double w = split.getWidth();
                if (w <= 0) return;
                split.widthProperty().removeListener(this);
                double editorWidth = Math.max(470, Math.min(w * 0.4, 680));
                split.setDividerPositions(editorWidth / w);
            }
        });
    }

    private static Path droppedScenario(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) return null;
        Path p = board.getFiles().get(0).toPath();
        return p.getFileName().toString().endsWith(".json") ? p : null;
    }

    private void showFile() {
        boolean dirty = documents.dirtyProperty().get();
        String name = documents.displayNameProperty().get();
        fileLabel.setText(dirty ? messages.format("status.file.unsaved", name) : name);
        fileLabel.setGraphic(dirty ? fileIcon : null);
        fileLabel.pseudoClassStateChanged(DIRTY, dirty);
        Path file = documents.file();
        String where = file == null ? messages.text("status.file.notSaved") : file.toAbsolutePath().toString();
        fileLabel.setTooltip(new Tooltip(where));
        fileLabel.setAccessibleText(messages.format(dirty ? "status.file.accessible.unsaved" : "status.file.accessible", name, where));
    }

    private void showValidation() {
        boolean checking = editor.checkingProperty().get();
        boolean problems = !checking && !editor.problems().isEmpty();
        validationLabel.setText(editor.problemSummaryProperty().get());
        validationLabel.setAccessibleText(messages.format("status.validation.accessible", editor.problemSummaryProperty().get()));
        validationIcon.setIconLiteral(checking ? Icons.CHECKING : problems ? Icons.PROBLEM : Icons.OK);
        validationLabel.pseudoClassStateChanged(CHECKING, checking);
        validationLabel.pseudoClassStateChanged(PROBLEMS, problems);
        validationLabel.pseudoClassStateChanged(OK, !checking && !problems);
        validationLabel.setMaxWidth(520);
    }

    private void showTheme() {
        boolean dark = appearance.theme() == Theme.DARK;
        (dark ? darkItem : lightItem).setSelected(true);
        themeButton.setGraphic(Icons.icon(dark ? Icons.LIGHT : Icons.DARK));
        Icons.label(themeButton, messages.text(dark ? "toolbar.theme.toLight" : "toolbar.theme.toDark"));
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        int n = 1;
        for (Path p : documents.recentFiles()) {
            Path parent = p.getParent();
            MenuItem item = new MenuItem((n <= 9 ? "_" + n + "  " : "") + p.getFileName() + (parent == null ? "" : "   —   " + parent));
            item.setOnAction(e -> documents.open(p));
            recentMenu.getItems().add(item);
            n++;
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.text("recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(messages.text("recent.clear"));
            clear.setOnAction(e -> documents.clearRecentFiles());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
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

    @FXML private void generateTasks() { editorView.openGenerator(); }

    @FXML private void rerollSeed() { editor.rerollSeed(); }

    @FXML private void run() { runWith(clock()); }

    @FXML private void runRealTime() { runWith(ClockKind.REAL); }

    /**
     * Runs what the person sees: a field being typed in is committed first. If that leaves a check running,
     * the run starts when the check passes (and not at all if it finds problems).
     */
    private void runWith(ClockKind clock) {
        editorView.commitEdits();
        if (editor.validProperty().get()) {
            pendingRun = null;
            runActions.get().run(editor.scenario(), clock);
        } else if (editor.checkingProperty().get()) {
            pendingRun = clock;
        } else {
            statusBar.setText(messages.text("status.notRun"));
        }
    }

    @FXML private void stop() { runActions.get().stop(); }

    /** Hides the editor so the comparison area gets the whole width, or shows it again where it was. */
    @FXML private void toggleEditor() {
        boolean show = !split.getItems().contains(editorHost);
        if (show) {
            double[] dividers = {editorDivider};
            split.getItems().add(0, editorHost);
            split.setDividerPositions(dividers);
            editorView.focusTasks();
        } else {
            editorDivider = split.getDividerPositions()[0];
            split.getItems().remove(editorHost);
            comparisonHost.requestFocus();
        }
        editorItem.setSelected(show);
    }

    private double editorDivider = 0.45;

    @FXML private void focusTasks() {
        if (!split.getItems().contains(editorHost)) toggleEditor();
        editorView.focusTasks();
    }

    @FXML private void focusRuns() {
        if (!split.getItems().contains(editorHost)) toggleEditor();
        editorView.focusRuns();
    }

    @FXML private void focusProblems() {
        if (!split.getItems().contains(editorHost)) toggleEditor();
        editorView.focusProblems();
    }

    @FXML private void lightTheme() { appearance.setTheme(Theme.LIGHT); }

    @FXML private void darkTheme() { appearance.setTheme(Theme.DARK); }

    @FXML private void toggleTheme() { appearance.toggle(); }

    @FXML private void showShortcuts() { HelpDialogs.showShortcuts(stage, menuBar, messages.words()); }

    @FXML private void showAbout() { HelpDialogs.showAbout(stage, messages.words()); }

    private void exitNow() {
        runActions.get().stop();
        exit.run();
    }
}
