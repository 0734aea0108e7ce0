package org.gatherlab.app.classroom.predict;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.UiPart;
import org.gatherlab.app.fx.Words;
import org.gatherlab.lessons.LessonText;

/**
 * What the reveal shows ({@code classroom/predict/reveal.fxml}): the result, each answer's verdict (✓ / ✗ and
 * pseudo-classes, never colour alone) with its rule, then the lesson's rule, where to look, notes and sources (links),
 * and Again.
 */
final class RevealPanel extends UiPart<VBox> {
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final PredictionModel model;
    private final Messages messages;
    private Consumer<String> onOpenLink = url -> {
        ClipboardContent c = new ClipboardContent();
        c.putString(url);
        Clipboard.getSystemClipboard().setContent(c);
    };
    private Runnable onAgain = () -> { };

    @FXML private Label result;
    @FXML private VBox verdicts;
    @FXML private VBox ruleBox;
    @FXML private TextFlow rule;
    @FXML private VBox lookAtBox;
    @FXML private TextFlow lookAt;
    @FXML private VBox notesBox;
    @FXML private VBox notes;
    @FXML private VBox sourcesBox;
    @FXML private VBox sources;
    @FXML private Button again;

    RevealPanel(PredictionModel model, Messages messages) {
        super("classroom/predict/reveal.fxml", messages);
        this.model = model;
        this.messages = messages;
        result.textProperty().bind(model.resultProperty());
        model.verdicts().addListener((ListChangeListener<PredictionModel.Verdict>) c -> showVerdicts());
        model.ruleProperty().addListener((obs, was, now) -> showExplanations());
        model.lookAtProperty().addListener((obs, was, now) -> showExplanations());
        model.notes().addListener((ListChangeListener<String>) c -> showExplanations());
        model.sources().addListener((ListChangeListener<LessonText.Source>) c -> showExplanations());
        showVerdicts();
        showExplanations();
    }

    void setOnOpenLink(Consumer<String> onOpenLink) { this.onOpenLink = Objects.requireNonNull(onOpenLink); }

    /** After Again has asked the model to start over (the view puts the keyboard back on the first answer). */
    void setOnAgain(Runnable onAgain) { this.onAgain = Objects.requireNonNull(onAgain); }

    Label result() { return result; }

    Button againButton() { return again; }

    @FXML private void again() {
        model.again();
        onAgain.run();
    }

    void showVerdicts() {
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
            CodeSpans.show(why, v.why());
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
    }

    private void showExplanations() {
        CodeSpans.show(rule, model.ruleProperty().get());
        show(ruleBox, !model.ruleProperty().get().isEmpty());
        CodeSpans.show(lookAt, model.lookAtProperty().get());
        show(lookAtBox, !model.lookAtProperty().get().isEmpty());
        notes.getChildren().clear();
        for (String note : model.notes()) {
            TextFlow f = new TextFlow();
            f.getStyleClass().add("note");
            CodeSpans.show(f, "• " + note);
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
}
