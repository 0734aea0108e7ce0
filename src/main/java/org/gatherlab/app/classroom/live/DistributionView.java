package org.gatherlab.app.classroom.live;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.gatherlab.app.classroom.predict.CodeSpans;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;

/**
 * How the class answered ({@code classroom/live/distribution.fxml}): per question, each choice's text beside one
 * track per round (round 1 thinner and paler above round 2, a legend says so) with the votes and share on one line;
 * no names. After the
 * reveal the engine's answer is marked with a tick and bold as well as colour (a screen reader says "the answer"),
 * the rule follows, and where to look on the timeline when the teacher asks for it ({@link #lookAtShownProperty()},
 * the panel's Where to look): at 1280×800 in presenter mode the three questions and the rule fill the panel, and
 * the teacher opens the rest, scrolled to, when pointing at the timeline.
 */
final class DistributionView extends UiPart<ScrollPane> {
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass EARLIER = PseudoClass.getPseudoClass("earlier");
    /** The choices' column at its widest: the bars keep the rest. */
    private static final double TEXT_SHARE = 0.63;

    private final LiveClassModel model;
    private final Messages messages;
    private final BooleanProperty lookAtShown = new SimpleBooleanProperty(this, "lookAtShown");

    @FXML private VBox questions;
    @FXML private VBox ruleBox;
    @FXML private TextFlow rule;
    @FXML private VBox lookAtBox;
    @FXML private TextFlow lookAt;

    DistributionView(LiveClassModel model, Messages messages) {
        super("classroom/live/distribution.fxml", messages);
        this.model = model;
        this.messages = messages;
        model.questions().addListener((ListChangeListener<QuestionBars>) c -> showBars());
        model.ruleProperty().addListener(o -> showRule());
        model.lookAtProperty().addListener(o -> showRule());
        messages.localeProperty().addListener(o -> showRule());
        lookAtShown.addListener((o, was, now) -> showRule());
        showBars();
        showRule();
    }

    private void showRule() {
        CodeSpans.show(rule, model.ruleProperty().get());
        // The heading inline: a line less than a heading above.
        Text heading = new Text(messages.text("live.rule") + ": ");
        heading.getStyleClass().add("live-rule-heading");
        rule.getChildren().addFirst(heading);
        rule.setAccessibleText(heading.getText() + rule.getAccessibleText());
        CodeSpans.show(lookAt, model.lookAtProperty().get());
        boolean shown = !model.ruleProperty().get().isEmpty();
        if (!shown) lookAtShown.set(false);              // the next session's reveal starts without it again
        boolean lookAtOn = shown && lookAtShown.get();
        ruleBox.setVisible(shown);
        ruleBox.setManaged(shown);
        boolean opened = lookAtOn && !lookAtBox.isVisible();
        lookAtBox.setVisible(lookAtOn);
        lookAtBox.setManaged(lookAtOn);
        if (opened && getRoot().getScene() != null) scrollToEndAfterLayout(getRoot().getScene());
    }

    /** Asked for: scrolled to, below the rule, once the pass that lays the box out has measured it. */
    private void scrollToEndAfterLayout(javafx.scene.Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            getRoot().setVvalue(getRoot().getVmax());
        };
        scene.addPostLayoutPulseListener(once[0]);
        scene.getRoot().requestLayout();
    }

    /** Whether where to look on the timeline shows below the rule (after the reveal). */
    BooleanProperty lookAtShownProperty() { return lookAtShown; }

    private void showBars() {
        questions.getChildren().clear();
        // After a second round each choice has two tracks and its counts read "round 1 → round 2": a line says so.
        if (model.questions().stream().anyMatch(q -> q.bars().stream().anyMatch(b -> b.rounds().size() > 1))) {
            Label legend = new Label(messages.text("live.rounds.legend"));
            legend.getStyleClass().add("live-rounds-legend");
            legend.setWrapText(true);
            legend.setMinHeight(Region.USE_PREF_SIZE);
            questions.getChildren().add(legend);
        }
        // One grid for the three questions: the choices' column and the bars line up from question to question, so
        // a bar's length means the same share all down the panel.
        // The choices as wide as the longest needs (37 characters: one line each in presenter mode at 1280x800) but
        // at most 63 %, wrapping beyond; the bars take the rest, never less than a short track and their counts,
        // which must read whole (two rounds' counts are the widest). The 63 % is of the width being laid out, set
        // before the grid measures its height for it, so one layout pass gets it right.
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.NEVER);
        GridPane grid = new GridPane() {
            @Override
            protected double computePrefHeight(double width) {
                fit(width);
                return super.computePrefHeight(width);
            }

            @Override
            protected void layoutChildren() {
                fit(getWidth());
                super.layoutChildren();
            }

            private void fit(double width) {
                if (width > 0) text.setMaxWidth((width - snappedLeftInset() - snappedRightInset()) * TEXT_SHARE);
            }
        };
        grid.getStyleClass().add("live-choices");
        ColumnConstraints bars = new ColumnConstraints();
        bars.setMinWidth(Region.USE_PREF_SIZE);
        bars.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(text, bars);
        int row = 0;
        for (QuestionBars q : model.questions()) {
            Label heading = new Label(q.heading());
            heading.getStyleClass().add("live-question");
            if (row > 0) heading.getStyleClass().add("live-question-next");
            heading.setWrapText(true);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(heading, 0, row++, 2, 1);
            for (QuestionBars.Bar b : q.bars()) choice(grid, row++, q, b);
        }
        if (row > 0) questions.getChildren().add(grid);
    }

    /**
     * One row: the choice's text (a tick and "the answer" after the reveal), and beside it a track per round (round 1
     * thinner and paler above round 2) with the counts on one line, so a second round costs no height.
     */
    private void choice(GridPane grid, int row, QuestionBars q, QuestionBars.Bar b) {
        String marked = b.correct() ? "\u2713 " + b.text() : b.text();
        Label text = new Label(marked);
        text.getStyleClass().add("live-choice-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.pseudoClassStateChanged(CORRECT, b.correct());
        VBox tracks = new VBox();
        tracks.getStyleClass().add("live-tracks");
        HBox.setHgrow(tracks, Priority.ALWAYS);
        tracks.setMinWidth(30);
        StringBuilder spoken = new StringBuilder(b.correct() ? b.text() + " (" + messages.text("live.correct") + ")" : b.text());
        text.setAccessibleText(spoken.toString());
        for (QuestionBars.Votes v : b.rounds()) {
            tracks.getChildren().add(track(v, b.rounds().size() > 1 && v.round() < b.rounds().size()));
            spoken.append(", ").append(v.label());
        }
        Label count = new Label(b.counts());
        count.getStyleClass().add("live-bar-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox lines = new HBox(tracks, count);
        lines.getStyleClass().add("live-bars");
        lines.setAlignment(Pos.CENTER_LEFT);
        lines.pseudoClassStateChanged(CORRECT, b.correct());
        lines.setFocusTraversable(false);
        lines.setAccessibleText(messages.format("live.bars.accessible", q.heading(), spoken));
        GridPane.setValignment(text, VPos.CENTER);
        grid.add(text, 0, row);
        grid.add(lines, 1, row);
    }

    /** A track filled to the round's share. */
    private static StackPane track(QuestionBars.Votes v, boolean earlier) {
        Region fill = new Region();
        fill.getStyleClass().add("live-bar-fill");
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("live-bar-track");
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        fill.maxWidthProperty().bind(track.widthProperty().multiply(v.percent() / 100.0));
        fill.setMinWidth(0);
        track.setMaxWidth(Double.MAX_VALUE);
        track.pseudoClassStateChanged(EARLIER, earlier);
        return track;
    }

    VBox questionsBox() { return questions; }

}
