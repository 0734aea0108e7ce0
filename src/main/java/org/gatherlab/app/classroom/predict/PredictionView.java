package org.gatherlab.app.classroom.predict;

import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;

/**
 * Predict, then reveal ({@code classroom/predict/prediction.fxml}): the lesson's question, three questions to answer
 * ({@link AnswerChoices}: radio buttons; tick boxes for the cancelled tasks), Reveal, then the marks and explanations
 * ({@link RevealPanel}) and the session score. All keyboard-operable: Tab from question to question (each radio group
 * is one Tab stop), arrows within a question, Space to tick a task, Alt+R (or Space on the button) to reveal.
 */
public final class PredictionView extends UiPart<ScrollPane> {
    private static final PseudoClass REVEALED = PseudoClass.getPseudoClass("revealed");

    private final PredictionModel model;
    private final Messages messages;
    private final AnswerChoices choices;
    private final RevealPanel revealPanel;

    @FXML private VBox content;
    @FXML private Label title;
    @FXML private Label runLabel;
    @FXML private Label score;
    @FXML private TextFlow question;
    @FXML private VBox questions;
    @FXML private Label whenHeading;
    @FXML private FlowPane whenChoices;
    @FXML private Label whatHeading;
    @FXML private VBox whatChoices;
    @FXML private Label cancelledHeading;
    @FXML private Label cancelledHint;
    @FXML private FlowPane cancelledChoices;
    @FXML private Button reveal;
    @FXML private Label hint;

    public PredictionView(PredictionModel model, Messages messages) {
        super("classroom/predict/prediction.fxml", messages);
        this.model = model;
        this.messages = messages;
        ClassroomStyles.style(getRoot(), "prediction-view");
        whenHeading.setLabelFor(whenChoices);
        whatHeading.setLabelFor(whatChoices);
        cancelledHeading.setLabelFor(cancelledChoices);
        revealPanel = new RevealPanel(model, messages);
        revealPanel.setOnAgain(this::focusFirstQuestion);
        content.getChildren().add(revealPanel.getRoot());
        choices = new AnswerChoices(model, messages, whenChoices, whatChoices, cancelledChoices);
        initListeners();
        reword();
        showPhase();
    }

    /** Where a source link goes when activated (the app passes {@code HostServices::showDocument}); by default its address is copied. */
    public void setOnOpenLink(Consumer<String> onOpenLink) { revealPanel.setOnOpenLink(onOpenLink); }

    /** Puts the keyboard on the first answer (after a lesson is opened). */
    public void focusFirstQuestion() { choices.focusFirst(); }

    public Button revealButton() { return reveal; }

    @FXML private void reveal() { model.reveal(); }

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> reword());
        title.textProperty().bind(model.titleProperty());
        runLabel.textProperty().bind(model.runLabelProperty());
        score.textProperty().bind(model.scoreTextProperty());
        score.accessibleTextProperty().bind(model.scoreTextProperty());
        model.cancelModeProperty().addListener((obs, was, now) -> reword());
        hint.textProperty().bind(model.hintProperty());
        model.questionProperty().addListener((obs, was, now) -> CodeSpans.show(question, now));
        CodeSpans.show(question, model.questionProperty().get());
        reveal.disableProperty().bind(model.canRevealProperty().not());
        model.verdicts().addListener((ListChangeListener<PredictionModel.Verdict>) c -> choices.refresh());
        model.phaseProperty().addListener((obs, was, now) -> {
            showPhase();
            if (now == PredictionModel.Phase.REVEALED) {
                revealPanel.againButton().requestFocus();
                // Lay the revealed marks out now, so the scroll position is computed from their real height.
                if (getRoot().getScene() != null) {
                    getRoot().getScene().getRoot().applyCss();
                    getRoot().getScene().getRoot().layout();
                }
                scrollToTop(revealPanel.result());
            } else if (now == PredictionModel.Phase.PREDICTING) {
                getRoot().setVvalue(0);
            }
        });
        // Keyboard focus never lands out of sight: the view scrolls to the focused control.
        getRoot().sceneProperty().addListener((obs, was, now) -> {
            if (now != null) now.focusOwnerProperty().addListener((o, a, focused) -> {
                if (focused != null && isInside(focused)) scrollIntoView(focused);
            });
        });
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p == content) return true;
        return false;
    }

    /** Scrolls so the node is at the top (the marks, at the reveal). */
    private void scrollToTop(Node n) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getRoot().getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) return;
        double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY() - 8;
        getRoot().setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    /** Scrolls just enough to show the node (its top, if it is taller than the viewport). */
    private void scrollIntoView(Node n) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getRoot().getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) return;
        Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double top = getRoot().getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (b.getMinY() < top) newTop = b.getMinY() - 8;
        else if (b.getMaxY() > top + viewport) newTop = Math.min(b.getMinY() - 8, b.getMaxY() - viewport + 8);
        getRoot().setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
    }

    private void showPhase() {
        PredictionModel.Phase phase = model.phase();
        boolean revealed = phase == PredictionModel.Phase.REVEALED;
        boolean empty = phase == PredictionModel.Phase.EMPTY;
        questions.setVisible(!empty);
        questions.setManaged(!empty);
        revealPanel.getRoot().setVisible(revealed);
        revealPanel.getRoot().setManaged(revealed);
        reveal.setVisible(!revealed);
        reveal.setManaged(!revealed);
        content.pseudoClassStateChanged(REVEALED, revealed);
        choices.refresh();
    }

    /** What the FXML cannot word: numbered headings, the hint that depends on the kind of question, the marks. */
    private void reword() {
        Words m = messages.words();
        whenHeading.setText("1. " + m.text("predict.q.when"));
        whatHeading.setText("2. " + m.text("predict.q.what"));
        cancelledHeading.setText("3. " + m.text("predict.q.cancelled"));
        cancelledHint.setText(m.text(model.cancelModeProperty().get() == PredictionModel.CancelMode.TASKS
                ? "predict.cancelled.hint.tasks" : "predict.cancelled.hint.sets"));
        revealPanel.showVerdicts();
        choices.refresh();
    }
}
