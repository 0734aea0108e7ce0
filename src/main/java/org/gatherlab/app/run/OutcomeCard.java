package org.gatherlab.app.run;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import java.util.function.Consumer;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;

/**
 * One run's outcome panel ({@code run/outcome-card.fxml}): binds to a {@link RunViewModel} and lays out its
 * {@link OutcomeSummary}.
 * States are pseudo-classes ({@code :returned}, {@code :raised}, {@code :unfinished}, {@code :pending});
 * every line also starts with a glyph, so nothing relies on colour. A line about one task takes the keyboard
 * focus, and Enter or Space highlights that task (as a click does). The card is worded once, in the language
 * it was made in: the comparison view makes new cards when the language changes.
 */
final class OutcomeCard extends UiPart<VBox> {
    private static final PseudoClass RETURNED = PseudoClass.getPseudoClass("returned"), RAISED = PseudoClass.getPseudoClass("raised"),
            UNFINISHED = PseudoClass.getPseudoClass("unfinished"), PENDING = PseudoClass.getPseudoClass("pending"),
            TASK = PseudoClass.getPseudoClass("task"), HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final RunViewModel run;
    private final Words words;
    private final ObservableStringValue highlighted;
    private final Consumer<String> onTaskClicked;
    @FXML private Label cardTitle;
    @FXML private Label headline;
    @FXML private VBox cardBody;

    OutcomeCard(RunViewModel run, Words words, ObservableStringValue highlighted, Consumer<String> onTaskClicked) {
        super("run/outcome-card.fxml");
        this.run = run;
        this.words = words;
        this.highlighted = highlighted;
        this.onTaskClicked = onTaskClicked;
        createView();
        initListeners();
    }

    private void createView() {
        getRoot().setId("outcome-" + (run.index() + 1));
        title(run.getLabel());
        headline.setId("headline-" + (run.index() + 1));
    }

    private void title(String label) {
        String plain = words.format("card.title", run.index() + 1, label);
        cardTitle.setText(SoftBreaks.of(plain));
        cardTitle.setAccessibleText(plain);
    }

    private final InvalidationListener onHighlight = o -> refreshKeepingFocus();

    private void initListeners() {
        run.labelProperty().addListener((o, was, now) -> title(now));
        run.summaryProperty().addListener(o -> refresh());
        run.revealedProperty().addListener(o -> refresh());
        run.stateProperty().addListener(o -> refresh());
        // Weakly: the highlight outlives every card (cards are made anew for each comparison), and a strong listener
        // kept each card, its run and its report alive for the rest of the session (the soak's heap grew 0.25 MiB a
        // comparison). The card holds the listener itself.
        highlighted.addListener(new WeakInvalidationListener(onHighlight));
        refresh();
    }

    /** A highlight re-makes the lines: the focus goes back to the line about the same task. */
    private void refreshKeepingFocus() {
        String focusedTask = null;
        int focusedIndex = -1;
        if (getRoot().getScene() != null && getRoot().getScene().getFocusOwner() instanceof Label l && l.getParent() == cardBody) {
            focusedIndex = cardBody.getChildren().indexOf(l);
            focusedTask = (String) l.getUserData();
        }
        refresh();
        if (focusedIndex >= 0 && focusedIndex < cardBody.getChildren().size()
                && java.util.Objects.equals(cardBody.getChildren().get(focusedIndex).getUserData(), focusedTask)) {
            cardBody.getChildren().get(focusedIndex).requestFocus();
        }
    }

    private void refresh() {
        OutcomeSummary s = run.getSummary();
        boolean shown = s != null && run.isRevealed();
        VBox root = getRoot();
        root.pseudoClassStateChanged(RETURNED, shown && s.kind() == OutcomeSummary.Kind.RETURNED);
        root.pseudoClassStateChanged(RAISED, shown && s.kind() == OutcomeSummary.Kind.RAISED);
        root.pseudoClassStateChanged(UNFINISHED, shown && s.kind() == OutcomeSummary.Kind.UNFINISHED);
        root.pseudoClassStateChanged(PENDING, !shown);
        cardBody.getChildren().clear();
        if (!shown) {
            headline.setText(switch (run.getState()) {
                case PENDING -> words.text("card.pending");
                case RUNNING -> words.text("card.running");
                case STOPPED -> words.text(s == null ? "card.notRun" : "card.notReached");
                case DONE -> words.text("card.awaiting");
            });
            headline.setAccessibleText(words.format("card.accessible", cardTitle.getAccessibleText(), headline.getText()));
            return;
        }
        headline.setText(switch (s.kind()) {
            case RETURNED -> "✓ ";
            case RAISED -> "✗ ";
            case UNFINISHED -> "⊘ ";
        } + SoftBreaks.of(s.headline()));
        headline.setAccessibleText(words.format("card.accessible", cardTitle.getAccessibleText(), s.headline()));
        for (OutcomeSummary.Section section : s.sections()) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("section-heading");
            heading.setWrapText(true);
            cardBody.getChildren().add(heading);
            for (OutcomeSummary.Line line : section.lines()) cardBody.getChildren().add(line(line));
        }
        Label timing = new Label(s.timing());
        timing.getStyleClass().add("timing");
        timing.setWrapText(true);
        cardBody.getChildren().add(timing);
        if (s.speedUp() != null) {
            Label speed = new Label(s.speedUp());
            speed.getStyleClass().add("speed-up");
            speed.setWrapText(true);
            cardBody.getChildren().add(speed);
        }
    }

    private Label line(OutcomeSummary.Line line) {
        Label l = new Label(line.display());
        l.setUserData(line.task());
        l.getStyleClass().add("line");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.pseudoClassStateChanged(PseudoClass.getPseudoClass(line.mark().name().toLowerCase(java.util.Locale.ROOT)), true);
        l.setAccessibleText(words.format(switch (line.mark()) {
            case OK -> "card.mark.ok";
            case ERROR -> "card.mark.error";
            case CANCELLED -> "card.mark.cancelled";
            case PENDING -> "card.mark.pending";
            case INFO -> "card.mark.info";
        }, line.text().strip()));
        if (line.task() != null) {
            boolean lit = line.task().equals(highlighted.get());
            l.pseudoClassStateChanged(TASK, true);
            l.pseudoClassStateChanged(HIGHLIGHTED, lit);
            l.setOnMouseClicked(e -> onTaskClicked.accept(line.task()));
            // Keyboard: Tab reaches it, Enter or Space highlights the task, like a click.
            l.setFocusTraversable(true);
            l.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
            l.setAccessibleHelp(words.format(lit ? "card.line.unhighlight" : "card.line.highlight", line.task()));
            l.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    onTaskClicked.accept(line.task());
                    e.consume();
                }
            });
        }
        return l;
    }
}
