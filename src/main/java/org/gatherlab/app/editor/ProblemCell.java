package org.gatherlab.app.editor;

import javafx.scene.control.ListCell;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.scenario.Problem;
import org.kordamp.ikonli.javafx.FontIcon;

/** {@code tasks[2].durationMs: must be between 0 and 3600000, got -5}, with a warning icon. */
final class ProblemCell extends ListCell<Problem> {
    private final FontIcon icon = Icons.icon(Icons.PROBLEM);
    private final Messages messages;

    ProblemCell(Messages messages) {
        this.messages = messages;
        icon.getStyleClass().add("problem-icon");
        getStyleClass().add("problem-cell");
    }

    @Override
    protected void updateItem(Problem p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
        } else {
            setText(p.path() + ": " + p.message());
            setGraphic(icon);
            setAccessibleText(messages.format("editor.problem.accessible", p.path() + ": " + p.message()));
        }
    }
}
