package org.gatherlab.app.editor;

import atlantafx.base.controls.CustomTextField;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.jvm.JavaThreads;
import org.gatherlab.engine.jvm.ScopeJoiner;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The run list and the selected run's options. An option the strategy does not have is disabled (and the
 * model sets it back to its default when the strategy changes), never kept and silently ignored.
 */
public final class RunsPane extends UiPart<VBox> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @FXML private Label title;
    @FXML private Label count;
    @FXML private MenuButton addMenu;
    @FXML private Button duplicateButton;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private ListView<RunRow> runList;
    @FXML private GridPane options;
    @FXML private Label strategyLabel;
    @FXML private ChoiceBox<Strategy> strategyChoice;
    @FXML private Label returnExceptionsLabel;
    @FXML private CheckBox returnExceptionsCheck;
    @FXML private Label returnWhenLabel;
    @FXML private ChoiceBox<ReturnWhen> returnWhenChoice;
    @FXML private Label onExitLabel;
    @FXML private ChoiceBox<OnExit> onExitChoice;
    @FXML private Label timeoutLabel;
    @FXML private CustomTextField timeoutField;
    @FXML private Label cancelAtLabel;
    @FXML private CustomTextField cancelAtField;
    @FXML private Label limitLabel;
    @FXML private CustomTextField limitField;
    @FXML private Label cpuLabel;
    @FXML private ChoiceBox<CpuMode> cpuChoice;
    @FXML private Label workersLabel;
    @FXML private CustomTextField workersField;
    @FXML private Label threadsLabel;
    @FXML private ChoiceBox<JavaThreads> threadsChoice;
    @FXML private Label coresLabel;
    @FXML private CustomTextField coresField;
    @FXML private Label joinerLabel;
    @FXML private ChoiceBox<ScopeJoiner> joinerChoice;

    private final ScenarioEditorModel model;
    private final Messages messages;
    private final Map<RunField, ProblemField> textFields = new EnumMap<>(RunField.class);
    private boolean updating;

    public RunsPane(ScenarioEditorModel model, Messages messages) {
        super("editor/runs.fxml", messages);
        this.model = model;
        this.messages = messages;
        createView();
        initListeners();
        runList.getSelectionModel().select(0);
    }

    public ListView<RunRow> runList() { return runList; }

    /** Selects a run and puts the focus on one of its options (used by the problem list). */
    public void reveal(int index, RunField field) {
        if (index < 0 || index >= runList.getItems().size()) return;
        runList.getSelectionModel().select(index);
        runList.scrollTo(index);
        switch (field) {
            case TIMEOUT_MS -> timeoutField.requestFocus();
            case CANCEL_AT_MS -> cancelAtField.requestFocus();
            case LIMIT -> limitField.requestFocus();
            case WORKERS -> workersField.requestFocus();
            case STRATEGY -> strategyChoice.requestFocus();
            case RETURN_EXCEPTIONS -> returnExceptionsCheck.requestFocus();
            case RETURN_WHEN -> returnWhenChoice.requestFocus();
            case CPU -> cpuChoice.requestFocus();
            case ON_EXIT -> onExitChoice.requestFocus();
            case THREADS -> threadsChoice.requestFocus();
            case CORES -> coresField.requestFocus();
            case JOINER -> joinerChoice.requestFocus();
        }
    }

    private void createView() {
        title.setLabelFor(runList);
        for (Strategy s : Strategy.values()) {
            MenuItem item = new MenuItem(s.json());
            item.setMnemonicParsing(false); // as_completed, not "ascompleted" with a C mnemonic
            item.setOnAction(e -> select(model.addRun(s)));
            addMenu.getItems().add(item);
        }
        runList.setItems(model.runs());
        runList.setCellFactory(list -> new RunCell(messages));

        choices(strategyChoice, Strategy.values(), Strategy::json);
        choices(returnWhenChoice, ReturnWhen.values(), ReturnWhen::name);
        choices(onExitChoice, OnExit.values(), OnExit::json);
        choices(cpuChoice, CpuMode.values(), CpuMode::json);
        choices(threadsChoice, JavaThreads.values(), JavaThreads::json);
        choices(joinerChoice, ScopeJoiner.values(), ScopeJoiner::json);
        label(strategyLabel, strategyChoice, RunField.STRATEGY);
        label(returnExceptionsLabel, returnExceptionsCheck, RunField.RETURN_EXCEPTIONS);
        label(returnWhenLabel, returnWhenChoice, RunField.RETURN_WHEN);
        label(onExitLabel, onExitChoice, RunField.ON_EXIT);
        label(timeoutLabel, timeoutField, RunField.TIMEOUT_MS);
        label(cancelAtLabel, cancelAtField, RunField.CANCEL_AT_MS);
        label(limitLabel, limitField, RunField.LIMIT);
        label(cpuLabel, cpuChoice, RunField.CPU);
        label(workersLabel, workersField, RunField.WORKERS);
        label(threadsLabel, threadsChoice, RunField.THREADS);
        label(coresLabel, coresField, RunField.CORES);
        label(joinerLabel, joinerChoice, RunField.JOINER);
        textFields.put(RunField.TIMEOUT_MS, text(timeoutField, RunField.TIMEOUT_MS));
        textFields.put(RunField.CANCEL_AT_MS, text(cancelAtField, RunField.CANCEL_AT_MS));
        textFields.put(RunField.LIMIT, text(limitField, RunField.LIMIT));
        textFields.put(RunField.WORKERS, text(workersField, RunField.WORKERS));
        textFields.put(RunField.CORES, text(coresField, RunField.CORES));
        applyWords();
    }

    /** The texts set here rather than in the FXML (which {@link UiPart} re-words by itself). */
    private void applyWords() {
        Words w = messages.words();
        addMenu.setAccessibleText(w.text("editor.runs.add.tip"));
        addMenu.setTooltip(new Tooltip(w.text("editor.runs.add.tip")));
        Icons.label(duplicateButton, w.text("editor.runs.duplicate.tip"));
        Icons.label(removeButton, w.text("editor.runs.remove.tip"));
        Icons.label(upButton, w.text("editor.runs.up.tip"));
        Icons.label(downButton, w.text("editor.runs.down.tip"));
        runList.setAccessibleText(w.text("editor.runs.accessible"));
        runList.setAccessibleHelp(w.text("editor.runs.accessibleHelp"));
        for (var e : labels.entrySet()) {
            e.getKey().setTooltip(new Tooltip(e.getValue().help(w)));
            e.getKey().getLabelFor().setAccessibleHelp(e.getValue().help(w));
        }
    }

    private final Map<Label, RunField> labels = new java.util.LinkedHashMap<>();

    /** The run a text field is being edited for: taken when it gains the focus, so a commit on leaving it goes there. */
    private int fieldRun = -1;

    private ProblemField text(CustomTextField field, RunField runField) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) fieldRun = selected();
        });
        return new ProblemField(field, runField.json(), messages,
                t -> model.editRun(field.isFocused() || fieldRun < 0 ? selected() : fieldRun, runField, t));
    }

    private void label(Label label, javafx.scene.Node control, RunField field) {
        label.setLabelFor(control);
        control.setAccessibleText(field.json());
        labels.put(label, field);
    }

    private static <E extends Enum<E>> void choices(ChoiceBox<E> box, E[] values, Function<E, String> spelling) {
        box.setItems(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) { return e == null ? "" : spelling.apply(e); }

            @Override
            public E fromString(String s) { throw new UnsupportedOperationException(); }
        });
    }

    private void initListeners() {
        count.textProperty().bind(Bindings.size(model.runs()).asString());
        var none = runList.getSelectionModel().selectedItemProperty().isNull();
        duplicateButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        options.disableProperty().bind(none);

        runList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old != null) old.stateProperty().removeListener(selectedChanged);
            if (now != null) now.stateProperty().addListener(selectedChanged);
            showSelected();
        });
        runList.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // A new scenario (New, Open, a lesson): its first run is shown, nothing of the old one's options is left.
        model.loadsProperty().addListener(o -> {
            if (!model.runs().isEmpty()) runList.getSelectionModel().select(0);
            showSelected(true);
        });
        model.runs().addListener((javafx.collections.ListChangeListener<RunRow>) c -> {
            if (runList.getSelectionModel().isEmpty() && !model.runs().isEmpty()) runList.getSelectionModel().select(0);
        });
        messages.localeProperty().addListener(o -> {
            applyWords();
            showSelected();
            runList.refresh();
        });

        strategyChoice.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) model.setStrategy(selected(), now);
        });
        returnExceptionsCheck.selectedProperty().addListener((obs, old, now) -> {
            if (!updating) model.setReturnExceptions(selected(), now);
        });
        returnWhenChoice.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) model.setReturnWhen(selected(), now);
        });
        onExitChoice.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) model.setOnExit(selected(), now);
        });
        cpuChoice.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) model.setCpu(selected(), now);
        });
        threadsChoice.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) model.setThreads(selected(), now);
        });
        joinerChoice.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) model.setJoiner(selected(), now);
        });
    }

    private final javafx.beans.InvalidationListener selectedChanged = o -> showSelected();

    private void keyPressed(KeyEvent e) {
        int i = selected();
        if (i < 0) return;
        if (TasksPane.UP.match(e)) moveUp();
        else if (TasksPane.DOWN.match(e)) moveDown();
        else if (e.getCode() == KeyCode.DELETE) remove();
        else if (e.getCode() == KeyCode.ENTER) strategyChoice.requestFocus();
        else return;
        e.consume();
    }

    private void showSelected() { showSelected(false); }

    /** Puts the selected run's options into the form, enabling only those its strategy has. */
    private void showSelected(boolean replaced) {
        RunRow row = runList.getSelectionModel().getSelectedItem();
        if (row == null) return;
        RunRow.State s = row.state();
        RunSpec run = s.run();
        updating = true;
        try {
            strategyChoice.setValue(run.strategy());
            returnExceptionsCheck.setSelected(run.returnExceptions());
            returnWhenChoice.setValue(run.returnWhen());
            onExitChoice.setValue(run.onExit());
            cpuChoice.setValue(run.cpu());
            threadsChoice.setValue(run.threads());
            joinerChoice.setValue(run.joiner());
            for (var e : textFields.entrySet()) e.getValue().show(s.text(e.getKey()), s.problem(e.getKey()), e.getKey().help(messages.words()), replaced);
        } finally {
            updating = false;
        }
        for (var e : labels.entrySet()) {
            if (e.getValue() != RunField.STRATEGY) enable(e.getKey(), e.getKey().getLabelFor(), e.getValue().appliesTo(run));
        }
    }

    private static void enable(Label label, javafx.scene.Node control, boolean applies) {
        label.setDisable(!applies);
        control.setDisable(!applies);
    }

    @FXML
    private void duplicate() { select(model.duplicateRun(selected())); }

    @FXML
    private void remove() { select(model.removeRun(selected())); }

    @FXML
    private void moveUp() { select(model.moveRun(selected(), -1)); }

    @FXML
    private void moveDown() { select(model.moveRun(selected(), 1)); }

    private int selected() { return runList.getSelectionModel().getSelectedIndex(); }

    private void select(int index) {
        if (index < 0) return;
        runList.getSelectionModel().select(index);
        runList.scrollTo(index);
        runList.requestFocus();
    }

    /** {@code 1  gather(return_exceptions=True) · cpu on 4 processes}, with a warning icon when an option has a problem. */
    private static final class RunCell extends ListCell<RunRow> {
        private final Messages messages;
        private final Label index = new Label();
        private final Label summary = new Label();
        private final FontIcon problem = Icons.icon(Icons.PROBLEM);
        private final HBox box = new HBox(8, index, summary);
        private RunRow shownRow;
        private final javafx.beans.InvalidationListener refresh = o -> render();

        RunCell(Messages messages) {
            this.messages = messages;
            getStyleClass().add("run-cell");
            index.getStyleClass().add("run-index");
            summary.getStyleClass().add("run-summary");
            problem.getStyleClass().add("problem-icon");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(RunRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shownRow != null) shownRow.stateProperty().removeListener(refresh);
            shownRow = empty ? null : row;
            if (shownRow != null) shownRow.stateProperty().addListener(refresh);
            render();
        }

        private void render() {
            setText(null);
            if (shownRow == null) {
                setGraphic(null);
                setAccessibleText(null);
                pseudoClassStateChanged(INVALID, false);
                return;
            }
            RunRow.State s = shownRow.state();
            index.setText(Integer.toString(getIndex()));
            String text = s.summary(messages.words());
            summary.setText(text);
            boolean bad = s.hasProblems();
            if (bad && !box.getChildren().contains(problem)) box.getChildren().add(problem);
            if (!bad) box.getChildren().remove(problem);
            pseudoClassStateChanged(INVALID, bad);
            setGraphic(box);
            setTooltip(bad ? new Tooltip(String.join("\n", s.problems().values())) : null);
            setAccessibleText(messages.format(bad ? "editor.runs.run.accessible.problems" : "editor.runs.run.accessible", getIndex(), text));
        }
    }
}
