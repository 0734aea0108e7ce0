package org.gatherlab.app.editor;

import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.engine.TaskKind;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The task's kind: shown as text with an icon (hourglass for io, chip for cpu); edited with a ChoiceBox whose list
 * opens at once (double-click, Enter or F2). Typing {@code c} or {@code i} on the cell sets the kind without a list
 * ({@link TasksPane}).
 *
 * <p>Two things the toolkit does that this cell must survive. The list is a popup: it can only open once the
 * ChoiceBox is in a showing window, has its skin and has been laid out (which happens a pulse after it becomes the
 * cell's graphic; a cell the table keeps off screen never gets there). And picking an item first closes the popup,
 * which ends the edit, and only then changes the value: so the row the edit was started on is kept until a choice
 * arrives or the edit is given up with Esc.
 */
final class TaskKindCell extends TableCell<TaskRow, TaskRow.State> {
    private final ScenarioEditorModel model;
    private final ChoiceBox<TaskKind> choice = new ChoiceBox<>(FXCollections.observableArrayList(TaskKind.values()));
    private final FontIcon ioIcon = Icons.icon(Icons.IO);
    private final FontIcon cpuIcon = Icons.icon(Icons.CPU);
    /** The row a choice made in the list goes to; -1 when none is expected. */
    private int target = -1;
    /** The list should open as soon as it can. */
    private boolean showWanted;
    private boolean updating;

    TaskKindCell(ScenarioEditorModel model) {
        this.model = model;
        getStyleClass().addAll("task-cell", "task-kind-cell");
        ioIcon.getStyleClass().add("kind-io");
        cpuIcon.getStyleClass().add("kind-cpu");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskKind k) { return k == null ? "" : k.json(); }

            @Override
            public TaskKind fromString(String s) { return TaskKind.fromJson(s); }
        });
        choice.setAccessibleText("kind");
        choice.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) choose(now);
        });
        choice.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                target = -1;
                cancelEdit();
                focusTable();
                e.consume();
            }
        });
        choice.showingProperty().addListener((obs, was, now) -> {
            // Closed without a choice (Esc, a click elsewhere): the edit ends; a choice may still follow at once.
            if (was && !now && isEditing()) {
                cancelEdit();
                focusTable();
            }
        });
        InvalidationListener whenReady = o -> showIfReady();
        choice.sceneProperty().addListener(whenReady);
        choice.skinProperty().addListener(whenReady);
        choice.widthProperty().addListener(whenReady);
    }

    @Override
    public void startEdit() {
        if (isEmpty() || getItem() == null) return;
        super.startEdit();
        if (!isEditing()) return;
        target = getIndex();
        updating = true;
        choice.setValue(getItem().task().kind());
        updating = false;
        render();
        showWanted = true;
        showIfReady();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        showWanted = false;
        render();
    }

    private void showIfReady() {
        if (!showWanted || !isEditing() || choice.getSkin() == null || choice.getWidth() <= 0) return;
        var scene = choice.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) return;
        showWanted = false;
        choice.requestFocus();
        choice.show();
    }

    private void choose(TaskKind kind) {
        int row = target;
        target = -1;
        if (isEditing()) cancelEdit();
        if (row >= 0 && row < model.tasks().size() && model.tasks().get(row).task().kind() != kind) model.setTaskKind(row, kind);
        focusTable();
    }

    private void focusTable() {
        if (getTableView() != null) getTableView().requestFocus();
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
            setAccessibleText(null);
            return;
        }
        if (isEditing()) {
            setText(null);
            setGraphic(choice);
        } else {
            TaskKind kind = s.task().kind();
            setText(kind.json());
            setGraphic(kind == TaskKind.CPU ? cpuIcon : ioIcon);
        }
        setAccessibleText("kind " + s.task().kind().json());
    }
}
