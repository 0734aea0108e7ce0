package org.gatherlab.app.editor;

import javafx.scene.control.TableCell;

/** The row's position, which is its index in every problem path. */
final class TaskIndexCell extends TableCell<TaskRow, TaskRow.State> {
    TaskIndexCell() { getStyleClass().add("task-index-cell"); }

    @Override
    protected void updateItem(TaskRow.State item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : Integer.toString(getIndex()));
    }
}
