package org.gatherlab.app.editor;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** {@code 1  gather(return_exceptions=True) · cpu on 4 processes}, with a warning icon when an option has a problem. */
final class RunCell extends ListCell<RunRow> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Messages messages;
    private final Label index = new Label();
    private final Label summary = new Label();
    private final FontIcon problem = Icons.icon(Icons.PROBLEM);
    private final HBox box = new HBox(8, index, summary);
    private RunRow shownRow;
    private final InvalidationListener refresh = o -> render();

    RunCell(Messages messages) {
        this.messages = messages;
        getStyleClass().add("run-cell");
        index.getStyleClass().add("run-index");
        summary.getStyleClass().add("run-summary");
        problem.getStyleClass().add("problem-icon");
        box.setAlignment(Pos.CENTER_LEFT);
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
