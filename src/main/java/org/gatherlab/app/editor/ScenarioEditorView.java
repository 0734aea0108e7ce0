package org.gatherlab.app.editor;

import atlantafx.base.controls.CustomTextField;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.scenario.Problem;

import java.util.function.LongSupplier;
import java.util.regex.Matcher;

/**
 * The scenario editor: name, description and seed; the task table ({@link TasksPane}); the runs
 * ({@link RunsPane}); and the problem list, where Enter or a double-click goes to the offending field.
 */
public final class ScenarioEditorView extends UiPart<VBox> {
    private static final PseudoClass HAS_PROBLEMS = PseudoClass.getPseudoClass("has-problems");

    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label seedLabel;
    @FXML private CustomTextField seedField;
    @FXML private Button rerollButton;
    @FXML private Label descriptionLabel;
    @FXML private TextField descriptionField;
    @FXML private Label summary;
    @FXML private SplitPane sections;
    @FXML private StackPane tasksHost;
    @FXML private StackPane runsHost;
    @FXML private Label problemsTitle;
    @FXML private Label problemCount;
    @FXML private ListView<Problem> problemList;

    private final ScenarioEditorModel model;
    private final Messages messages;
    private final LongSupplier seeds;
    private final TasksPane tasks;
    private final RunsPane runs;
    private ProblemField seed;

    public ScenarioEditorView(ScenarioEditorModel model, Messages messages, LongSupplier seeds) {
        super("editor/scenario-editor.fxml", messages);
        this.model = model;
        this.messages = messages;
        this.seeds = seeds;
        this.tasks = new TasksPane(model, messages, this::openGenerator);
        this.runs = new RunsPane(model, messages);
        createView();
        initListeners();
    }

    public TasksPane tasks() { return tasks; }

    public RunsPane runs() { return runs; }

    public ListView<Problem> problemList() { return problemList; }

    public void focusTasks() {
        tasks.table().requestFocus();
        if (tasks.table().getFocusModel().getFocusedIndex() < 0 && !model.tasks().isEmpty()) tasks.reveal(0, TaskField.NAME);
    }

    /**
     * Commits what is being typed in the editor (a table cell, a run option, the seed), as Enter would: before
     * Run or Save, so they use what the person sees.
     */
    public void commitEdits() {
        if (getRoot().getScene() == null) return;
        javafx.scene.Node focused = getRoot().getScene().getFocusOwner();
        if (focused instanceof TextField field && isInside(focused)) field.fireEvent(new javafx.event.ActionEvent(field, field));
    }

    private boolean isInside(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) if (n == getRoot()) return true;
        return false;
    }

    public void focusRuns() { runs.runList().requestFocus(); }

    public void focusProblems() {
        problemList.requestFocus();
        if (!problemList.getItems().isEmpty() && problemList.getSelectionModel().isEmpty()) problemList.getSelectionModel().select(0);
    }

    /** "Generate tasks…": asks for the settings, then generates (off the FX thread) and replaces the tasks. */
    public void openGenerator() {
        new GenerateTasksDialog(model.seedProperty().get(), seeds, messages)
                .ask(getRoot().getScene() == null ? null : getRoot().getScene().getWindow(), model.tasks().size())
                .ifPresent(model::generateTasks);
    }

    private void createView() {
        tasksHost.getChildren().add(tasks.getRoot());
        runsHost.getChildren().add(runs.getRoot());
        // The runs get the room they need; the task table takes the rest, and all of any growth.
        SplitPane.setResizableWithParent(runsHost, false);
        sections.heightProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                double h = sections.getHeight();
                if (h <= 0) return;
                sections.heightProperty().removeListener(this);
                double runsHeight = runs.getRoot().prefHeight(sections.getWidth()) + 8;
                sections.setDividerPositions(Math.max(0.35, 1 - runsHeight / h));
            }
        });
        nameLabel.setLabelFor(nameField);
        seedLabel.setLabelFor(seedField);
        descriptionLabel.setLabelFor(descriptionField);
        problemsTitle.setLabelFor(problemList);
        seed = new ProblemField(seedField, "seed", messages, model::setSeedText);
        problemList.setItems(model.problems());
        problemList.setCellFactory(list -> new ProblemCell(messages));
        applyWords();
    }

    /** The texts set here rather than in the FXML (which {@link UiPart} re-words by itself). */
    private void applyWords() {
        Words w = messages.words();
        nameField.setAccessibleText(w.text("editor.name.accessible"));
        descriptionField.setAccessibleText(w.text("editor.description.accessible"));
        Icons.label(rerollButton, w.text("editor.reroll.tip"));
        problemList.setPlaceholder(placeholder(w));
        problemList.setAccessibleText(w.text("editor.problems.accessible"));
        // The list takes room only when there is something in it; the header says "No problems" otherwise.
        problemList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problemList.managedProperty().bind(problemList.visibleProperty());
    }

    private static Label placeholder(Words w) {
        Label ok = new Label(w.text("editor.problems.placeholder"), Icons.icon(Icons.OK));
        ok.getStyleClass().add("no-problems");
        return ok;
    }

    private void initListeners() {
        nameField.setText(model.nameProperty().get());
        descriptionField.setText(model.descriptionProperty().get());
        nameField.textProperty().addListener((o, a, b) -> model.setName(b));
        descriptionField.textProperty().addListener((o, a, b) -> model.setDescription(b));
        model.nameProperty().addListener((o, a, b) -> {
            if (!b.equals(nameField.getText())) nameField.setText(b);
        });
        model.descriptionProperty().addListener((o, a, b) -> {
            if (!b.equals(descriptionField.getText())) descriptionField.setText(b);
        });
        showSeed();
        model.seedTextProperty().addListener(o -> showSeed());
        model.loadsProperty().addListener(o -> seed.show(model.seedTextProperty().get(), model.seedProblemProperty().get(),
                messages.text("field.seed.help"), true));
        model.seedProblemProperty().addListener(o -> showSeed());
        summary.textProperty().bind(model.summaryProperty());
        problemCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (model.checkingProperty().get()) return messages.text("editor.problems.checking");
            int n = model.problems().size();
            return n == 0 ? messages.text("editor.problems.none") : messages.count("editor.problems.count", n);
        }, model.problems(), model.checkingProperty(), messages.localeProperty()));
        messages.localeProperty().addListener(o -> {
            applyWords();
            showSeed();
            problemList.refresh();
        });
        model.problems().addListener((javafx.collections.ListChangeListener<Problem>) c ->
                getRoot().pseudoClassStateChanged(HAS_PROBLEMS, !model.problems().isEmpty()));
        problemList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) reveal(problemList.getSelectionModel().getSelectedItem());
        });
        problemList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) reveal(problemList.getSelectionModel().getSelectedItem());
        });
    }

    private void showSeed() {
        seed.show(model.seedTextProperty().get(), model.seedProblemProperty().get(), messages.text("field.seed.help"));
    }

    @FXML
    private void reroll() { model.rerollSeed(); }

    /** Goes to the field a problem names. */
    private void reveal(Problem p) {
        if (p == null) return;
        Matcher m = ScenarioCheck.TASK_PATH.matcher(p.path());
        if (m.matches()) {
            tasks.reveal(Integer.parseInt(m.group(1)), m.group(2) == null ? TaskField.NAME
                    : TaskField.fromJson(m.group(2)).orElse(TaskField.NAME));
            return;
        }
        m = ScenarioCheck.RUN_PATH.matcher(p.path());
        if (m.matches()) {
            runs.reveal(Integer.parseInt(m.group(1)), m.group(2) == null ? RunField.STRATEGY
                    : RunField.fromJson(m.group(2)).orElse(RunField.STRATEGY));
            return;
        }
        if (p.path().equals("seed")) seedField.requestFocus();
        else if (p.path().equals("name")) nameField.requestFocus();
        else if (p.path().startsWith("tasks")) focusTasks();
        else if (p.path().startsWith("runs")) focusRuns();
    }
}
