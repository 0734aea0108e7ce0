package org.gatherlab.app.editor;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.engine.TaskKind;

import java.util.List;

/**
 * The task table: inline editing (double-click, Enter/F2, or just type), Tab to the next field, and the task
 * commands on buttons and keys (Insert, Ctrl+D, Delete, Alt+Up/Down). The table virtualises its rows, so a
 * 100,000-task scenario scrolls as smoothly as five.
 */
public final class TasksPane extends UiPart<VBox> {
    static final KeyCombination ADD = new KeyCodeCombination(KeyCode.INSERT);
    static final KeyCombination ADD_ALT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    @FXML private Label title;
    @FXML private Label count;
    @FXML private Button addButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button generateButton;
    @FXML private TableView<TaskRow> table;
    @FXML private TableColumn<TaskRow, TaskRow.State> indexColumn;
    @FXML private TableColumn<TaskRow, TaskRow.State> failsColumn;
    @FXML private TableColumn<TaskRow, TaskRow.State> nameColumn;
    @FXML private TableColumn<TaskRow, TaskRow.State> kindColumn;
    @FXML private TableColumn<TaskRow, TaskRow.State> durationColumn;
    @FXML private TableColumn<TaskRow, TaskRow.State> failureRateColumn;
    @FXML private TableColumn<TaskRow, TaskRow.State> failAtColumn;
    @FXML private TableColumn<TaskRow, TaskRow.State> cancelAtColumn;

    private final ScenarioEditorModel model;
    private final Messages messages;
    private final Runnable openGenerator;
    private final EditStart editStart = new EditStart();
    private final TaskSelection selection;

    public TasksPane(ScenarioEditorModel model, Messages messages, Runnable openGenerator) {
        super("editor/tasks.fxml", messages);
        this.model = model;
        this.messages = messages;
        this.openGenerator = openGenerator;
        this.selection = new TaskSelection(table, nameColumn);
        createView();
        initListeners();
    }

    public TableView<TaskRow> table() { return table; }

    /** Selects a task's field, scrolls to it and gives the table the focus (used by the problem list). */
    public void reveal(int index, TaskField field) {
        if (index < 0 || index >= table.getItems().size()) return;
        TableColumn<TaskRow, ?> column = column(field);
        table.getSelectionModel().clearAndSelect(index, column);
        table.getFocusModel().focus(index, column);
        table.scrollTo(Math.max(0, index - 3));
        table.requestFocus();
    }

    private void createView() {
        title.setLabelFor(table);
        table.setItems(model.tasks());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (TableColumn<TaskRow, TaskRow.State> c : List.of(indexColumn, failsColumn, nameColumn, kindColumn, durationColumn,
                failureRateColumn, failAtColumn, cancelAtColumn)) {
            c.setCellValueFactory(cell -> cell.getValue().stateProperty());
        }
        indexColumn.setCellFactory(c -> new TaskIndexCell());
        failsColumn.setCellFactory(c -> new TaskFailsCell(model.seedProperty(), messages));
        kindColumn.setCellFactory(c -> new TaskKindCell(model));
        text(nameColumn, TaskField.NAME);
        text(durationColumn, TaskField.DURATION_MS);
        text(failureRateColumn, TaskField.FAILURE_RATE);
        text(failAtColumn, TaskField.FAIL_AT_MS);
        text(cancelAtColumn, TaskField.CANCEL_AT_MS);
        applyWords();
    }

    /** The column headers' tips (the rest of the texts are in the FXML, which {@link UiPart} re-words by itself). */
    private void applyWords() {
        Words w = messages.words();
        ColumnTips.set(indexColumn, w.text("editor.tasks.index.tip"));
        ColumnTips.set(failsColumn, w.text("editor.tasks.fails.tip"));
        for (TaskField f : TaskField.values()) ColumnTips.set(column(f), f.help(w));
    }

    private void text(TableColumn<TaskRow, TaskRow.State> column, TaskField field) {
        column.setCellFactory(c -> new TaskTextCell(model, field, editStart, messages));
    }

    private void initListeners() {
        count.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d", model.tasks().size()), model.tasks()));
        // The position column is as wide as the largest position needs.
        fitIndexColumn();
        model.tasks().addListener((javafx.collections.ListChangeListener<TaskRow>) c -> fitIndexColumn());
        var noSelection = Bindings.isEmpty(table.getSelectionModel().getSelectedCells());
        duplicateButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        upButton.disableProperty().bind(noSelection);
        downButton.disableProperty().bind(noSelection);
        generateButton.disableProperty().bind(model.generatingProperty());
        ColumnTips.install(table);
        HeaderFit.install(table);
        messages.localeProperty().addListener(o -> {
            applyWords();
            table.refresh();
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
    }

    private void fitIndexColumn() {
        int digits = Integer.toString(Math.max(1, model.tasks().size() - 1)).length();
        double width = 20 + 8 * Math.max(2, digits);
        if (indexColumn.getPrefWidth() != width) {
            indexColumn.setMinWidth(width);
            indexColumn.setMaxWidth(width);
            indexColumn.setPrefWidth(width);
        }
    }

    private void keyPressed(KeyEvent e) {
        if (table.getEditingCell() != null) return;
        if (ADD.match(e) || ADD_ALT.match(e)) add();
        else if (DUPLICATE.match(e)) duplicate();
        else if (DELETE.match(e)) delete();
        else if (UP.match(e)) moveUp();
        else if (DOWN.match(e)) moveDown();
        else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) editFocused(null);
        else return;
        e.consume();
    }

    /** Typing on a focused cell starts editing it with what was typed, as in a spreadsheet. */
    private void keyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (table.getEditingCell() != null || e.isControlDown() || e.isAltDown() || e.isMetaDown() || ch.isEmpty()
                || Character.isISOControl(ch.charAt(0)) || ch.equals(" ")) {
            return;
        }
        if (editFocused(ch)) e.consume();
    }

    private boolean editFocused(String typed) {
        TablePosition<?, ?> focused = table.getFocusModel().getFocusedCell();
        TableColumn<TaskRow, ?> column = focused == null ? null : selection.own(focused.getTableColumn());
        if (column == null || focused.getRow() < 0 || !column.isEditable()) return false;
        if (typed != null && column == kindColumn) return typeKind(focused.getRow(), typed);
        editStart.typed(typed);
        table.edit(focused.getRow(), column);
        editStart.take();
        return true;
    }

    /** A letter typed on a kind cell picks the kind it starts ({@code c}: cpu, {@code i}: io), as a list would. */
    private boolean typeKind(int row, String typed) {
        for (TaskKind k : TaskKind.values()) {
            if (k.json().regionMatches(true, 0, typed, 0, 1)) {
                model.setTaskKind(row, k);
                return true;
            }
        }
        return false;
    }

    // ---- Handlers: one-line delegations, plus putting the selection where the command says ------------------

    @FXML
    private void add() {
        var column = selection.focusedColumn();
        selection.select(List.of(model.addTask(selection.lastRow())), column);
    }

    @FXML
    private void duplicate() {
        var column = selection.focusedColumn();
        selection.select(model.duplicateTasks(selection.rows()), column);
    }

    @FXML
    private void delete() {
        var column = selection.focusedColumn();
        int next = model.deleteTasks(selection.rows());
        if (next >= 0) selection.select(List.of(next), column);
    }

    @FXML
    private void moveUp() {
        var column = selection.focusedColumn();
        selection.select(model.moveTasks(selection.rows(), -1), column);
    }

    @FXML
    private void moveDown() {
        var column = selection.focusedColumn();
        selection.select(model.moveTasks(selection.rows(), 1), column);
    }

    @FXML
    private void generate() { openGenerator.run(); }

    private TableColumn<TaskRow, ?> column(TaskField field) {
        return switch (field) {
            case NAME -> nameColumn;
            case KIND -> kindColumn;
            case DURATION_MS -> durationColumn;
            case FAILURE_RATE -> failureRateColumn;
            case FAIL_AT_MS -> failAtColumn;
            case CANCEL_AT_MS -> cancelAtColumn;
        };
    }
}
