package org.gatherlab.app.editor;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.engine.Strategy;

/**
 * The run list ({@code editor/runs.fxml}) and, below it, the selected run's options ({@link RunOptionsPane}).
 */
public final class RunsPane extends UiPart<VBox> {
    @FXML private Label title;
    @FXML private Label count;
    @FXML private MenuButton addMenu;
    @FXML private Button duplicateButton;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private ListView<RunRow> runList;

    private final ScenarioEditorModel model;
    private final Messages messages;
    private final RunOptionsPane options;
    private final InvalidationListener selectedChanged = o -> showSelected();

    public RunsPane(ScenarioEditorModel model, Messages messages) {
        super("editor/runs.fxml", messages);
        this.model = model;
        this.messages = messages;
        this.options = new RunOptionsPane(model, messages, this::selected);
        getRoot().getChildren().add(options.getRoot());
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
        options.focus(field);
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
    }

    private void initListeners() {
        count.textProperty().bind(Bindings.size(model.runs()).asString());
        var none = runList.getSelectionModel().selectedItemProperty().isNull();
        duplicateButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        options.getRoot().disableProperty().bind(none);

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
        model.runs().addListener((ListChangeListener<RunRow>) c -> {
            if (runList.getSelectionModel().isEmpty() && !model.runs().isEmpty()) runList.getSelectionModel().select(0);
        });
        messages.localeProperty().addListener(o -> {
            options.applyWords();
            showSelected();
            runList.refresh();
        });
    }

    private void keyPressed(KeyEvent e) {
        int i = selected();
        if (i < 0) return;
        if (TasksPane.UP.match(e)) moveUp();
        else if (TasksPane.DOWN.match(e)) moveDown();
        else if (e.getCode() == KeyCode.DELETE) remove();
        else if (e.getCode() == KeyCode.ENTER) options.focus(RunField.STRATEGY);
        else return;
        e.consume();
    }

    private void showSelected() { showSelected(false); }

    /** {@code replaced}: the scenario was replaced, so what was typed into the old one's fields goes. */
    private void showSelected(boolean replaced) {
        RunRow row = runList.getSelectionModel().getSelectedItem();
        if (row != null) options.show(row, replaced);
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
}
