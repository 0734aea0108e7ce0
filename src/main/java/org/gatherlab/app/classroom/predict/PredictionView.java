package org.gatherlab.app.classroom.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.gatherlab.app.classroom.ClassroomStyles;
import org.gatherlab.app.classroom.InlineCode;
import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.lessons.LessonText;

/**
 * Predict, then reveal: the lesson's question, three questions to answer (radio buttons; tick boxes for the
 * cancelled tasks), Reveal, then each answer marked (✓ / ✗ glyphs and pseudo-classes, never colour alone) with its
 * rule, the lesson's rule, where to look, notes and sources, and the session score. All keyboard-operable: Tab
 * from question to question (each radio group is one Tab stop), arrows within a question, Space to tick a task,
 * Alt+R (or Space on the button) to reveal.
 */
public final class PredictionView extends ScrollPane {
    private static final PseudoClass ANSWER = PseudoClass.getPseudoClass("answer");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass REVEALED = PseudoClass.getPseudoClass("revealed");

    private final PredictionModel model;
    private final Messages messages;
    private Consumer<String> onOpenLink = url -> {
        ClipboardContent c = new ClipboardContent();
        c.putString(url);
        Clipboard.getSystemClipboard().setContent(c);
    };

    private final VBox content = new VBox();
    private final Label title = new Label();
    private final Label runLabel = new Label();
    private final Label score = new Label();
    private final TextFlow question = new TextFlow();
    private final Label whenHeading = new Label();
    private final Label whatHeading = new Label();
    private final Label cancelledHeading = new Label();
    private final Label cancelledHint = new Label();
    private final FlowPane whenChoices = new FlowPane();
    private final VBox whatChoices = new VBox();
    private final FlowPane cancelledChoices = new FlowPane();
    private final ToggleGroup whenGroup = new ToggleGroup();
    private final ToggleGroup whatGroup = new ToggleGroup();
    private final ToggleGroup cancelledGroup = new ToggleGroup();
    private final Button reveal = new Button();
    private final Label hint = new Label();
    private final VBox questions = new VBox();
    private final VBox revealBox = new VBox();
    private final Label result = new Label();
    private final VBox verdicts = new VBox();
    private final VBox ruleBox = new VBox();
    private final Label ruleHeading = new Label();
    private final TextFlow rule = new TextFlow();
    private final VBox lookAtBox = new VBox();
    private final Label lookAtHeading = new Label();
    private final TextFlow lookAt = new TextFlow();
    private final VBox notesBox = new VBox();
    private final Label notesHeading = new Label();
    private final VBox notes = new VBox();
    private final VBox sourcesBox = new VBox();
    private final Label sourcesHeading = new Label();
    private final VBox sources = new VBox();
    private final Button again = new Button();
    private final List<ButtonBase> choiceControls = new ArrayList<>();
    private boolean syncing;

    public PredictionView(PredictionModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createView();
        initListeners();
        reword();
        rebuildAll();
        showPhase();
    }

    /** Where a source link goes when activated (the app passes {@code HostServices::showDocument}); by default its address is copied. */
    public void setOnOpenLink(Consumer<String> onOpenLink) { this.onOpenLink = Objects.requireNonNull(onOpenLink); }

    /** Puts the keyboard on the first answer (after a lesson is opened). */
    public void focusFirstQuestion() {
        if (!choiceControls.isEmpty()) choiceControls.getFirst().requestFocus();
    }

    public Button revealButton() { return reveal; }

    // ---------------------------------------------------------------------------------------------- view

    private void createView() {
        ClassroomStyles.style(this, "prediction-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
        content.getStyleClass().add("prediction");
        setContent(content);

        title.getStyleClass().addAll("prediction-title", "title-3");
        title.setWrapText(true);
        title.setId("prediction-title");
        runLabel.getStyleClass().add("prediction-run");
        score.getStyleClass().add("session-score");
        score.setId("session-score");
        // The run and the score share a line while there is room (presenter mode: the score moves below).
        FlowPane subtitle = new FlowPane(16, 6, runLabel, score);
        subtitle.setAlignment(Pos.CENTER_LEFT);
        subtitle.getStyleClass().add("prediction-subtitle");
        VBox header = new VBox(4, title, subtitle);
        question.getStyleClass().add("prediction-question");

        for (Label h : List.of(whenHeading, whatHeading, cancelledHeading)) {
            h.getStyleClass().add("question-heading");
            h.setWrapText(true);
        }
        whenChoices.getStyleClass().addAll("choices", "choices-when");
        whenChoices.setId("choices-when");
        whatChoices.getStyleClass().addAll("choices", "choices-what");
        whatChoices.setId("choices-what");
        cancelledChoices.getStyleClass().addAll("choices", "choices-cancelled");
        cancelledChoices.setId("choices-cancelled");
        cancelledHint.getStyleClass().add("question-hint");
        cancelledHint.setWrapText(true);
        whenHeading.setLabelFor(whenChoices);
        whatHeading.setLabelFor(whatChoices);
        cancelledHeading.setLabelFor(cancelledChoices);

        reveal.setId("reveal");
        reveal.getStyleClass().addAll("accent", "reveal-button");
        reveal.setMnemonicParsing(true);
        hint.getStyleClass().add("prediction-hint");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox actions = new HBox(12, reveal, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("prediction-actions");

        questions.getStyleClass().add("questions");
        questions.getChildren().addAll(
                section(whenHeading, whenChoices),
                section(whatHeading, whatChoices),
                section(cancelledHeading, cancelledHint, cancelledChoices),
                actions);

        result.getStyleClass().addAll("prediction-result", "title-4");
        result.setId("prediction-result");
        verdicts.getStyleClass().add("verdicts");
        verdicts.setId("verdicts");
        ruleHeading.getStyleClass().add("box-heading");
        rule.getStyleClass().add("rule-text");
        rule.setId("rule-text");
        ruleBox.getStyleClass().addAll("explain-box", "rule-box");
        ruleBox.getChildren().addAll(ruleHeading, rule);
        lookAtHeading.getStyleClass().add("box-heading");
        lookAtBox.getStyleClass().addAll("explain-box", "look-at-box");
        lookAtBox.getChildren().addAll(lookAtHeading, lookAt);
        notesHeading.getStyleClass().add("box-heading");
        notesBox.getStyleClass().addAll("explain-box", "notes-box");
        notesBox.getChildren().addAll(notesHeading, notes);
        sourcesHeading.getStyleClass().add("box-heading");
        sourcesBox.getStyleClass().addAll("explain-box", "sources-box");
        sourcesBox.getChildren().addAll(sourcesHeading, sources);
        again.setId("predict-again");
        again.setMnemonicParsing(true);
        revealBox.getStyleClass().add("reveal-box");
        revealBox.getChildren().addAll(result, verdicts, ruleBox, lookAtBox, notesBox, sourcesBox, again);

        content.getChildren().addAll(header, question, questions, revealBox);
    }

    private static VBox section(Node... nodes) {
        VBox box = new VBox(nodes);
        box.getStyleClass().add("question-section");
        return box;
    }

    private void initListeners() {
        messages.localeProperty().addListener((obs, was, now) -> reword());
        title.textProperty().bind(model.titleProperty());
        runLabel.textProperty().bind(model.runLabelProperty());
        score.textProperty().bind(model.scoreTextProperty());
        score.accessibleTextProperty().bind(model.scoreTextProperty());
        model.cancelModeProperty().addListener((obs, was, now) -> reword());
        hint.textProperty().bind(model.hintProperty());
        result.textProperty().bind(model.resultProperty());
        model.questionProperty().addListener((obs, was, now) -> setCode(question, now));
        setCode(question, model.questionProperty().get());
        reveal.disableProperty().bind(model.canRevealProperty().not());
        reveal.setOnAction(e -> model.reveal());
        again.setOnAction(e -> {
            model.again();
            focusFirstQuestion();
        });
        model.timeChoices().addListener((ListChangeListener<PredictionModel.Choice<Double>>) c -> rebuildWhen());
        model.outcomeChoices().addListener((ListChangeListener<PredictionModel.Choice<String>>) c -> rebuildWhat());
        model.cancelChoices().addListener((ListChangeListener<PredictionModel.Choice<Set<String>>>) c -> rebuildCancelled());
        model.chosenTimeProperty().addListener((obs, was, now) -> syncToggle(whenGroup, now));
        model.chosenOutcomeProperty().addListener((obs, was, now) -> syncToggle(whatGroup, now));
        model.chosenCancelledProperty().addListener((obs, was, now) -> syncCancelled());
        whenGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) model.chooseTime((Double) now.getUserData());
        });
        whatGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) model.chooseOutcome((String) now.getUserData());
        });
        cancelledGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) model.chooseCancelledSet(setOf(now.getUserData()));
        });
        model.phaseProperty().addListener((obs, was, now) -> {
            showPhase();
            if (now == PredictionModel.Phase.REVEALED) {
                again.requestFocus();
                // Lay the revealed marks out now, so the scroll position is computed from their real height.
                if (getScene() != null) {
                    getScene().getRoot().applyCss();
                    getScene().getRoot().layout();
                }
                scrollToTop(result);
            } else if (now == PredictionModel.Phase.PREDICTING) {
                setVvalue(0);
            }
        });
        // Keyboard focus never lands out of sight: the view scrolls to the focused control.
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null) now.focusOwnerProperty().addListener((o, a, focused) -> {
                if (focused != null && isInside(focused)) scrollIntoView(focused);
            });
        });
        model.verdicts().addListener((ListChangeListener<PredictionModel.Verdict>) c -> rebuildVerdicts());
        for (javafx.scene.layout.Pane box : List.of(whenChoices, whatChoices, cancelledChoices)) {
            box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> arrowWithinGroup(box, e));
        }
        for (ToggleGroup g : List.of(whenGroup, whatGroup, cancelledGroup)) {
            g.selectedToggleProperty().addListener((obs, was, now) -> updateTabStops());
        }
        model.ruleProperty().addListener((obs, was, now) -> showExplanations());
        model.lookAtProperty().addListener((obs, was, now) -> showExplanations());
        model.notes().addListener((ListChangeListener<String>) c -> showExplanations());
        model.sources().addListener((ListChangeListener<LessonText.Source>) c -> showExplanations());
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p == content) return true;
        return false;
    }

    /** Scrolls so the node is at the top (the marks, at the reveal). */
    private void scrollToTop(Node n) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) return;
        double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY() - 8;
        setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    /** Scrolls just enough to show the node (its top, if it is taller than the viewport). */
    private void scrollIntoView(Node n) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) return;
        javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double top = getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (b.getMinY() < top) newTop = b.getMinY() - 8;
        else if (b.getMaxY() > top + viewport) newTop = Math.min(b.getMinY() - 8, b.getMaxY() - viewport + 8);
        setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
    }

    // ---------------------------------------------------------------------------------------------- choices

    private void rebuildAll() {
        rebuildWhen();
        rebuildWhat();
        rebuildCancelled();
        rebuildVerdicts();
        showExplanations();
    }

    /** Old radio buttons leave their group too, or a stale one could be selected in place of its new twin. */
    private static void clearChoices(javafx.scene.layout.Pane box) {
        for (Node n : box.getChildren()) if (n instanceof RadioButton r) r.setToggleGroup(null);
        box.getChildren().clear();
    }

    private void rebuildWhen() {
        clearChoices(whenChoices);
        for (PredictionModel.Choice<Double> c : model.timeChoices()) whenChoices.getChildren().add(radio(c, whenGroup, false));
        syncToggle(whenGroup, model.chosenTimeProperty().get());
        refreshControls();
    }

    private void rebuildWhat() {
        clearChoices(whatChoices);
        for (PredictionModel.Choice<String> c : model.outcomeChoices()) whatChoices.getChildren().add(radio(c, whatGroup, true));
        syncToggle(whatGroup, model.chosenOutcomeProperty().get());
        refreshControls();
    }

    private void rebuildCancelled() {
        clearChoices(cancelledChoices);
        boolean ticks = model.cancelModeProperty().get() == PredictionModel.CancelMode.TASKS;
        for (PredictionModel.Choice<Set<String>> c : model.cancelChoices()) {
            if (ticks) {
                CheckBox box = new CheckBox(c.text());
                box.setUserData(c.value());
                box.getStyleClass().addAll("choice", "choice-task");
                box.setMnemonicParsing(false);
                box.setAccessibleText(messages.format("predict.task.accessible", c.text()));
                String task = c.value().iterator().next();
                box.selectedProperty().addListener((obs, was, now) -> {
                    if (!syncing) model.setCancelled(task, now);
                });
                cancelledChoices.getChildren().add(box);
            } else {
                cancelledChoices.getChildren().add(radio(c, cancelledGroup, false));
            }
        }
        syncCancelled();
        refreshControls();
    }

    private RadioButton radio(PredictionModel.Choice<?> c, ToggleGroup group, boolean code) {
        RadioButton r = new RadioButton(c.text());
        r.setUserData(c.value());
        r.setToggleGroup(group);
        r.setMnemonicParsing(false);
        r.setWrapText(true);
        r.getStyleClass().add("choice");
        if (code) r.getStyleClass().add("choice-code");
        r.setAccessibleText(c.text());
        return r;
    }

    private void syncToggle(ToggleGroup group, Object value) {
        syncing = true;
        try {
            group.selectToggle(group.getToggles().stream().filter(t -> Objects.equals(t.getUserData(), value)).findFirst().orElse(null));
        } finally {
            syncing = false;
        }
    }

    private void syncCancelled() {
        Set<String> chosen = model.chosenCancelledProperty().get();
        if (model.cancelModeProperty().get() == PredictionModel.CancelMode.SETS) {
            syncToggle(cancelledGroup, chosen);
            return;
        }
        syncing = true;
        try {
            for (Node n : cancelledChoices.getChildren()) {
                if (n instanceof CheckBox box) box.setSelected(chosen != null && chosen.containsAll(setOf(box.getUserData())));
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * A radio group is one Tab stop (the chosen answer, or the first): Tab goes from question to question, and the
     * arrows move within a question and pick, as in any platform's radio group.
     */
    private void updateTabStops() {
        boolean revealed = model.phase() == PredictionModel.Phase.REVEALED;
        for (javafx.scene.layout.Pane box : List.of(whenChoices, whatChoices, cancelledChoices)) {
            List<Node> kids = box.getChildren();
            boolean anySelected = kids.stream().anyMatch(n -> n instanceof RadioButton r && r.isSelected());
            for (int i = 0; i < kids.size(); i++) {
                Node n = kids.get(i);
                boolean stop = !(n instanceof RadioButton r) || r.isSelected() || (!anySelected && i == 0);
                n.setFocusTraversable(!revealed && stop);
            }
        }
    }

    private void arrowWithinGroup(javafx.scene.layout.Pane box, javafx.scene.input.KeyEvent e) {
        int step = switch (e.getCode()) {
            case UP, LEFT -> -1;
            case DOWN, RIGHT -> 1;
            default -> 0;
        };
        if (step == 0 || !(e.getTarget() instanceof RadioButton current) || model.phase() != PredictionModel.Phase.PREDICTING) return;
        List<Node> kids = box.getChildren();
        int i = kids.indexOf(current);
        if (i < 0) return;
        RadioButton next = (RadioButton) kids.get(Math.floorMod(i + step, kids.size()));
        next.setSelected(true);
        next.requestFocus();
        e.consume();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> setOf(Object userData) {
        return (Set<String>) userData;
    }

    /** Marks after the reveal, and locks the answers (without greying them out, so the marks stay readable). */
    private void refreshControls() {
        choiceControls.clear();
        boolean revealed = model.phase() == PredictionModel.Phase.REVEALED;
        Words m = messages.words();
        mark(whenChoices, PredictionModel.Question.RETURNED_AT, revealed, m);
        mark(whatChoices, PredictionModel.Question.OUTCOME, revealed, m);
        mark(cancelledChoices, PredictionModel.Question.CANCELLED, revealed, m);
        updateTabStops();
    }

    private void mark(javafx.scene.layout.Pane box, PredictionModel.Question q, boolean revealed, Words m) {
        for (Node n : box.getChildren()) {
            if (!(n instanceof ButtonBase control)) continue;
            choiceControls.add(control);
            PredictionModel.Mark mark = model.markOf(q, control.getUserData());
            control.pseudoClassStateChanged(ANSWER, mark == PredictionModel.Mark.ANSWER);
            control.pseudoClassStateChanged(WRONG, mark == PredictionModel.Mark.WRONG);
            control.setMouseTransparent(revealed);
            String text = control.getText();
            if (mark == PredictionModel.Mark.NONE) {
                control.setGraphic(null);
                control.setAccessibleText(n instanceof CheckBox ? m.format("predict.task.accessible", text) : text);
            } else {
                Label glyph = new Label(mark == PredictionModel.Mark.ANSWER ? "✓" : "✗");
                glyph.getStyleClass().addAll("mark-glyph", mark == PredictionModel.Mark.ANSWER ? "mark-answer" : "mark-wrong");
                control.setGraphic(glyph);
                control.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                control.setAccessibleText(text + ", " + m.text(mark == PredictionModel.Mark.ANSWER ? "mark.answer" : "mark.wrong"));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- reveal

    private void showPhase() {
        PredictionModel.Phase phase = model.phase();
        boolean revealed = phase == PredictionModel.Phase.REVEALED;
        boolean empty = phase == PredictionModel.Phase.EMPTY;
        questions.setVisible(!empty);
        questions.setManaged(!empty);
        revealBox.setVisible(revealed);
        revealBox.setManaged(revealed);
        reveal.setVisible(!revealed);
        reveal.setManaged(!revealed);
        content.pseudoClassStateChanged(REVEALED, revealed);
        refreshControls();
    }

    private void rebuildVerdicts() {
        verdicts.getChildren().clear();
        Words m = messages.words();
        int n = 1;
        for (PredictionModel.Verdict v : model.verdicts()) {
            Label glyph = new Label(v.correct() ? "✓" : "✗");
            glyph.getStyleClass().addAll("verdict-glyph", v.correct() ? "mark-answer" : "mark-wrong");
            glyph.setMinWidth(Region.USE_PREF_SIZE);
            Label heading = new Label(n++ + ". " + v.heading() + "  " + m.text(v.correct() ? "verdict.right" : "verdict.wrong"));
            heading.getStyleClass().add("verdict-heading");
            heading.setWrapText(true);
            Label answers = new Label(v.correct() ? m.format("verdict.yoursRight", v.yours())
                    : m.format("verdict.yoursWrong", v.yours(), v.answer()));
            answers.getStyleClass().add("verdict-answers");
            answers.setWrapText(true);
            TextFlow why = new TextFlow();
            why.getStyleClass().add("verdict-why");
            setCode(why, v.why());
            VBox text = new VBox(2, heading, answers, why);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox card = new HBox(10, glyph, text);
            card.getStyleClass().add("verdict");
            card.pseudoClassStateChanged(CORRECT, v.correct());
            card.pseudoClassStateChanged(WRONG, !v.correct());
            card.setFocusTraversable(false);
            card.setAccessibleText(heading.getText() + ". " + answers.getText() + " " + v.why());
            verdicts.getChildren().add(card);
        }
        refreshControls();
    }

    private void showExplanations() {
        setCode(rule, model.ruleProperty().get());
        show(ruleBox, !model.ruleProperty().get().isEmpty());
        setCode(lookAt, model.lookAtProperty().get());
        show(lookAtBox, !model.lookAtProperty().get().isEmpty());
        notes.getChildren().clear();
        for (String note : model.notes()) {
            TextFlow f = new TextFlow();
            f.getStyleClass().add("note");
            setCode(f, "• " + note);
            notes.getChildren().add(f);
        }
        show(notesBox, !model.notes().isEmpty());
        sources.getChildren().clear();
        for (LessonText.Source s : model.sources()) {
            Hyperlink link = new Hyperlink(s.title());
            link.getStyleClass().add("source-link");
            link.setTooltip(new Tooltip(s.url()));
            link.setAccessibleText(s.title() + ", " + s.url());
            link.setOnAction(e -> onOpenLink.accept(s.url()));
            link.setWrapText(true);
            sources.getChildren().add(link);
        }
        show(sourcesBox, !model.sources().isEmpty());
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private void reword() {
        Words m = messages.words();
        whenHeading.setText("1. " + m.text("predict.q.when"));
        whatHeading.setText("2. " + m.text("predict.q.what"));
        cancelledHeading.setText("3. " + m.text("predict.q.cancelled"));
        cancelledHint.setText(m.text(model.cancelModeProperty().get() == PredictionModel.CancelMode.TASKS
                ? "predict.cancelled.hint.tasks" : "predict.cancelled.hint.sets"));
        whenChoices.setAccessibleText(m.text("predict.q.when"));
        whatChoices.setAccessibleText(m.text("predict.q.what"));
        cancelledChoices.setAccessibleText(m.text("predict.q.cancelled"));
        reveal.setText(m.text("predict.reveal"));
        reveal.setAccessibleText(m.text("predict.reveal.accessible"));
        again.setText(m.text("predict.again"));
        again.setAccessibleText(m.text("predict.again.accessible"));
        ruleHeading.setText(m.text("predict.rule"));
        lookAtHeading.setText(m.text("predict.lookAt"));
        notesHeading.setText(m.text("predict.notes"));
        sourcesHeading.setText(m.text("predict.sources"));
        rebuildVerdicts();
    }

    /** Text with `code` spans in a monospace style. */
    static void setCode(TextFlow flow, String text) {
        flow.getChildren().clear();
        if (text == null) return;
        for (InlineCode.Span s : InlineCode.spans(text)) {
            Text t = new Text(s.text());
            t.getStyleClass().add(s.code() ? "inline-code" : "inline-text");
            flow.getChildren().add(t);
        }
        flow.setAccessibleText(InlineCode.plain(text));
    }
}
