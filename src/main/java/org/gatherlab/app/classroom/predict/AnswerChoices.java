package org.gatherlab.app.classroom.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.Words;

/**
 * The choices of the three questions, kept in step with the {@link PredictionModel}: radio buttons (tick boxes for
 * the cancelled tasks, one by one), made again when the model's choices change, and after the reveal each one marked
 * (✓ / ✗ glyphs and pseudo-classes, never colour alone) and locked. Keyboard: a radio group is one Tab stop, the
 * arrows move within it and pick, as in any platform's radio group.
 */
final class AnswerChoices {
    private static final PseudoClass ANSWER = PseudoClass.getPseudoClass("answer");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final PredictionModel model;
    private final Messages messages;
    private final Pane when, what, cancelled;
    private final ToggleGroup whenGroup = new ToggleGroup();
    private final ToggleGroup whatGroup = new ToggleGroup();
    private final ToggleGroup cancelledGroup = new ToggleGroup();
    private final List<ButtonBase> controls = new ArrayList<>();
    private boolean syncing;

    AnswerChoices(PredictionModel model, Messages messages, Pane when, Pane what, Pane cancelled) {
        this.model = model;
        this.messages = messages;
        this.when = when;
        this.what = what;
        this.cancelled = cancelled;
        initListeners();
        rebuildWhen();
        rebuildWhat();
        rebuildCancelled();
    }

    /** Puts the keyboard on the first answer (after a lesson is opened). */
    void focusFirst() {
        if (!controls.isEmpty()) controls.getFirst().requestFocus();
    }

    private void initListeners() {
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
        for (Pane box : List.of(when, what, cancelled)) box.addEventFilter(KeyEvent.KEY_PRESSED, e -> arrowWithinGroup(box, e));
        for (ToggleGroup g : List.of(whenGroup, whatGroup, cancelledGroup)) {
            g.selectedToggleProperty().addListener((obs, was, now) -> updateTabStops());
        }
    }

    /** Old radio buttons leave their group too, or a stale one could be selected in place of its new twin. */
    private static void clear(Pane box) {
        for (Node n : box.getChildren()) if (n instanceof RadioButton r) r.setToggleGroup(null);
        box.getChildren().clear();
    }

    private void rebuildWhen() {
        clear(when);
        for (PredictionModel.Choice<Double> c : model.timeChoices()) when.getChildren().add(radio(c, whenGroup, false));
        syncToggle(whenGroup, model.chosenTimeProperty().get());
        refresh();
    }

    private void rebuildWhat() {
        clear(what);
        for (PredictionModel.Choice<String> c : model.outcomeChoices()) what.getChildren().add(radio(c, whatGroup, true));
        syncToggle(whatGroup, model.chosenOutcomeProperty().get());
        refresh();
    }

    void rebuildCancelled() {
        clear(cancelled);
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
                cancelled.getChildren().add(box);
            } else {
                cancelled.getChildren().add(radio(c, cancelledGroup, false));
            }
        }
        syncCancelled();
        refresh();
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
            for (Node n : cancelled.getChildren()) {
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
        for (Pane box : List.of(when, what, cancelled)) {
            List<Node> kids = box.getChildren();
            boolean anySelected = kids.stream().anyMatch(n -> n instanceof RadioButton r && r.isSelected());
            for (int i = 0; i < kids.size(); i++) {
                Node n = kids.get(i);
                boolean stop = !(n instanceof RadioButton r) || r.isSelected() || (!anySelected && i == 0);
                n.setFocusTraversable(!revealed && stop);
            }
        }
    }

    private void arrowWithinGroup(Pane box, KeyEvent e) {
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
    void refresh() {
        controls.clear();
        boolean revealed = model.phase() == PredictionModel.Phase.REVEALED;
        Words m = messages.words();
        mark(when, PredictionModel.Question.RETURNED_AT, revealed, m);
        mark(what, PredictionModel.Question.OUTCOME, revealed, m);
        mark(cancelled, PredictionModel.Question.CANCELLED, revealed, m);
        updateTabStops();
    }

    private void mark(Pane box, PredictionModel.Question q, boolean revealed, Words m) {
        for (Node n : box.getChildren()) {
            if (!(n instanceof ButtonBase control)) continue;
            controls.add(control);
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
                control.setContentDisplay(ContentDisplay.RIGHT);
                control.setAccessibleText(text + ", " + m.text(mark == PredictionModel.Mark.ANSWER ? "mark.answer" : "mark.wrong"));
            }
        }
    }
}
