package org.gatherlab.app.editor;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A task table cell edited as text. Commits on Enter, Tab (then edits the next column), or leaving the cell;
 * Esc cancels. A field with a problem gets the {@code :invalid} pseudo-class, a warning icon (never colour
 * alone) and the reader's message as tooltip and accessible text.
 */
final class TaskTextCell extends TableCell<TaskRow, TaskRow.State> {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ScenarioEditorModel model;
    private final TaskField field;
    private final EditStart editStart;
    private final Messages messages;
    private final TextField editor = new TextField();
    private final FontIcon warning = Icons.icon(Icons.PROBLEM);
    /** Made for the first problem this cell shows: a tooltip is a popup window, and the table has a cell per column and visible row. */
    private Tooltip tooltip;
    private int editingIndex = -1;
    private boolean escaped;
    /** Started by typing: the caret stays after what was typed, even when gaining focus selects the text. */
    private boolean caretAfterTyped;

    TaskTextCell(ScenarioEditorModel model, TaskField field, EditStart editStart, Messages messages) {
        this.model = model;
        this.field = field;
        this.editStart = editStart;
        this.messages = messages;
        getStyleClass().addAll("task-cell", "task-cell-" + field.json());
        warning.getStyleClass().add("problem-icon");
        editor.getStyleClass().add("cell-editor");
        editor.setOnAction(e -> {
            commit();
            e.consume();
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                escaped = true;
                cancelEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                int row = editingIndex;
                commit();
                editNeighbour(row, e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now) commit();
        });
        editor.selectionProperty().addListener((obs, old, now) -> {
            if (caretAfterTyped && now.getLength() > 0) {
                caretAfterTyped = false;
                editor.deselect();
                editor.end();
            }
        });
        editor.addEventFilter(KeyEvent.KEY_TYPED, e -> caretAfterTyped = false);
    }

    @Override
    public void startEdit() {
        if (isEmpty() || getItem() == null) return;
        super.startEdit();
        if (!isEditing()) return;
        editingIndex = getIndex();
        escaped = false;
        String typed = editStart.take();
        editor.setText(typed != null ? typed : getItem().text(field));
        render();
        caretAfterTyped = typed != null;
        editor.requestFocus();
        if (typed != null) editor.end();
        else editor.selectAll();
    }

    /** Leaving the cell any way but Esc keeps what was typed (the table cancels edits when the focus moves). */
    @Override
    public void cancelEdit() {
        boolean wasEditing = isEditing();
        int index = editingIndex;
        super.cancelEdit();
        editingIndex = -1;
        render();
        if (wasEditing && !escaped) model.editTask(index, field, editor.getText());
    }

    private void commit() {
        if (!isEditing()) return;
        // cancelEdit commits what was typed unless Esc was pressed.
        escaped = false;
        cancelEdit();
        getTableView().requestFocus();
    }

    private void editNeighbour(int row, int step) {
        var columns = getTableView().getVisibleLeafColumns();
        int at = columns.indexOf(getTableColumn());
        for (int i = at + step; i >= 0 && i < columns.size(); i += step) {
            TableColumn<TaskRow, ?> next = columns.get(i);
            if (next.isEditable()) {
                getTableView().getFocusModel().focus(row, next);
                getTableView().getSelectionModel().clearAndSelect(row, next);
                getTableView().edit(row, next);
                return;
            }
        }
    }

    @Override
    protected void updateItem(TaskRow.State item, boolean empty) {
        super.updateItem(item, empty);
        render();
    }

    private void render() {
        TaskRow.State s = getItem();
        if (isEmpty() || s == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            pseudoClassStateChanged(INVALID, false);
            return;
        }
        String problem = s.problem(field);
        pseudoClassStateChanged(INVALID, problem != null);
        if (isEditing()) {
            setText(null);
            setGraphic(editor);
        } else {
            setText(s.text(field));
            setGraphic(problem != null ? warning : null);
        }
        if (problem != null) {
            if (tooltip == null) {
                tooltip = new Tooltip();
                tooltip.setShowDelay(Duration.millis(300));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(420);
            }
            tooltip.setText(problem);
            setTooltip(tooltip);
        } else {
            setTooltip(null);
        }
        String value = field.json() + " " + s.text(field);
        setAccessibleText(problem != null ? messages.format("field.accessible.problem", value, problem) : value);
    }
}
