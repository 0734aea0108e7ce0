package org.gatherlab.app.run;

import java.util.function.Consumer;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One run's outcome panel: binds to a {@link RunViewModel} and lays out its {@link OutcomeSummary}.
 * States are pseudo-classes ({@code :returned}, {@code :raised}, {@code :unfinished}, {@code :pending});
 * every line also starts with a glyph, so nothing relies on colour.
 */
final class OutcomeCard extends VBox {
    private static final PseudoClass RETURNED = PseudoClass.getPseudoClass("returned"), RAISED = PseudoClass.getPseudoClass("raised"),
            UNFINISHED = PseudoClass.getPseudoClass("unfinished"), PENDING = PseudoClass.getPseudoClass("pending"),
            TASK = PseudoClass.getPseudoClass("task"), HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final RunViewModel run;
    private final ObservableStringValue highlighted;
    private final Consumer<String> onTaskClicked;
    private final Label title = new Label();
    private final Label headline = new Label();
    private final VBox body = new VBox(2);

    OutcomeCard(RunViewModel run, ObservableStringValue highlighted, Consumer<String> onTaskClicked) {
        this.run = run;
        this.highlighted = highlighted;
        this.onTaskClicked = onTaskClicked;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("outcome-card");
        setId("outcome-" + (run.index() + 1));
        title.getStyleClass().add("card-title");
        title.setText((run.index() + 1) + " · " + run.getLabel());
        headline.getStyleClass().add("headline");
        headline.setId("headline-" + (run.index() + 1));
        headline.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, headline, body);
    }

    private void initListeners() {
        run.summaryProperty().addListener(o -> refresh());
        run.revealedProperty().addListener(o -> refresh());
        run.stateProperty().addListener(o -> refresh());
        highlighted.addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        OutcomeSummary s = run.getSummary();
        boolean shown = s != null && run.isRevealed();
        pseudoClassStateChanged(RETURNED, shown && s.kind() == OutcomeSummary.Kind.RETURNED);
        pseudoClassStateChanged(RAISED, shown && s.kind() == OutcomeSummary.Kind.RAISED);
        pseudoClassStateChanged(UNFINISHED, shown && s.kind() == OutcomeSummary.Kind.UNFINISHED);
        pseudoClassStateChanged(PENDING, !shown);
        body.getChildren().clear();
        if (!shown) {
            headline.setText(switch (run.getState()) {
                case PENDING -> "… waiting to run";
                case RUNNING -> "… running in real time";
                case STOPPED -> s == null ? "⊘ not run: the comparison was stopped" : "… the playhead has not reached the await's end";
                case DONE -> "… awaiting: the playhead has not reached the await's end";
            });
            return;
        }
        headline.setText(switch (s.kind()) {
            case RETURNED -> "✓ ";
            case RAISED -> "✗ ";
            case UNFINISHED -> "⊘ ";
        } + s.headline());
        for (OutcomeSummary.Section section : s.sections()) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("section-heading");
            body.getChildren().add(heading);
            for (OutcomeSummary.Line line : section.lines()) body.getChildren().add(line(line));
        }
        Label timing = new Label(s.timing());
        timing.getStyleClass().add("timing");
        timing.setWrapText(true);
        body.getChildren().add(timing);
        if (s.speedUp() != null) {
            Label speed = new Label(s.speedUp());
            speed.getStyleClass().add("speed-up");
            speed.setWrapText(true);
            body.getChildren().add(speed);
        }
    }

    private Label line(OutcomeSummary.Line line) {
        Label l = new Label(line.display());
        l.getStyleClass().add("line");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.pseudoClassStateChanged(PseudoClass.getPseudoClass(line.mark().name().toLowerCase(java.util.Locale.ROOT)), true);
        if (line.task() != null) {
            l.pseudoClassStateChanged(TASK, true);
            l.pseudoClassStateChanged(HIGHLIGHTED, line.task().equals(highlighted.get()));
            l.setOnMouseClicked(e -> onTaskClicked.accept(line.task()));
        }
        return l;
    }
}
