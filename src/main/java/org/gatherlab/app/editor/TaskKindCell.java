package org.gatherlab.app.editor;

import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.engine.TaskKind;
import org.kordamp.ikonli.javafx.FontIcon;

/** The task's kind: shown as text with an icon (hourglass for io, chip for cpu); edited with a ChoiceBox. */
final class TaskKindCell extends TableCell<TaskRow, TaskRow.State> {
    private final ScenarioEditorModel model;
    private final ChoiceBox<TaskKind> choice = new ChoiceBox<>(FXCollections.observableArrayList(TaskKind.values()));
    private final FontIcon ioIcon = Icons.icon(Icons.IO);
    private final FontIcon cpuIcon = Icons.icon(Icons.CPU);
    private int editingIndex = -1;
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
        choice.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updating && now != null && isEditing()) {
                int index = editingIndex;
                cancelEdit();
                model.setTaskKind(index, now);
                getTableView().requestFocus();
            }
        });
        choice.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                getTableView().requestFocus();
                e.consume();
            }
        });
        choice.showingProperty().addListener((obs, was, now) -> {
            if (was && !now && isEditing()) {
                cancelEdit();
                getTableView().requestFocus();
            }
        });
    }

    @Override
    public void startEdit() {
        if (isEmpty() || getItem() == null) return;
        super.startEdit();
        if (!isEditing()) return;
        editingIndex = getIndex();
        updating = true;
        choice.getSelectionModel().select(getItem().task().kind());
        updating = false;
        render();
        choice.requestFocus();
        choice.show();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editingIndex = -1;
        render();
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
