package org.gatherlab.app.editor;

import javafx.beans.value.ObservableLongValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.FailurePlan;
import org.kordamp.ikonli.javafx.FontIcon;

/** Whether the task fails with the current seed: a lightning icon (and {@code :fails}), explained in the tooltip. */
final class TaskFailsCell extends TableCell<TaskRow, TaskRow.State> {
    static final PseudoClass FAILS = PseudoClass.getPseudoClass("fails");

    private final ObservableLongValue seed;
    private final Messages messages;
    private final FontIcon icon = Icons.icon(Icons.FAILS);
    /** Made for the first task with a failure rate this cell shows: a tooltip is a popup window, and the table has a cell per visible row. */
    private Tooltip tooltip;

    TaskFailsCell(ObservableLongValue seed, Messages messages) {
        this.seed = seed;
        this.messages = messages;
        getStyleClass().add("task-fails-cell");
        icon.getStyleClass().add("fails-icon");
    }

    private Tooltip tooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(300));
            // Worked out when shown: the seed may have changed without changing this row.
            tooltip.setOnShowing(e -> tooltip.setText(explanation()));
        }
        return tooltip;
    }

    private String explanation() {
        TaskRow.State item = getItem();
        if (item == null) return "";
        boolean fails = item.fails();
        double draw = FailurePlan.draw(seed.get(), getIndex());
        return messages.format(fails ? "editor.tasks.fails.explained" : "editor.tasks.succeeds.explained", seed.get(),
                String.format(java.util.Locale.ROOT, "%.4f", draw), FieldText.number(item.task().failureRate()));
    }

    @Override
    protected void updateItem(TaskRow.State item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        boolean fails = !empty && item != null && item.fails();
        pseudoClassStateChanged(FAILS, fails);
        setGraphic(fails ? icon : null);
        if (empty || item == null || item.task().failureRate() == 0) {
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        setTooltip(tooltip());
        setAccessibleText(messages.text(fails ? "editor.tasks.fails.accessible" : "editor.tasks.succeeds.accessible"));
    }
}
