package org.gatherlab.app.editor;

import atlantafx.base.controls.CustomTextField;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.gatherlab.app.fx.Icons;
import org.gatherlab.app.fx.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/**
 * Wires a text field of the editor: it commits on Enter or when the focus leaves it (Esc restores the shown
 * value), and shows a problem with {@code :invalid}, a warning icon inside the field and the message as
 * tooltip and accessible text.
 */
final class ProblemField {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final CustomTextField field;
    private final String name;
    private final Messages messages;
    private final FontIcon icon = Icons.icon(Icons.PROBLEM);
    private final Tooltip tooltip = new Tooltip();
    private String shown = "";

    /** {@code name}: the field's name in the file ({@code timeoutMs}), which its label shows too. */
    ProblemField(CustomTextField field, String name, Messages messages, Consumer<String> commit) {
        this.field = field;
        this.name = name;
        this.messages = messages;
        icon.getStyleClass().add("problem-icon");
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        field.setAccessibleText(name);
        field.setOnAction(e -> {
            commit.accept(field.getText());
            field.setText(shown); // the value as the model now shows it ("1e3" becomes "1000")
            field.selectAll();
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !field.getText().equals(shown)) commit.accept(field.getText());
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().equals(shown)) {
                field.setText(shown);
                field.selectAll();
                e.consume();
            }
        });
    }

    /** Shows the model's text (unless the person is typing there) and problem. */
    void show(String text, String problem, String help) {
        show(text, problem, help, false);
    }

    /** {@code replaced}: the whole scenario was replaced, so what was being typed belonged to the old one and goes. */
    void show(String text, String problem, String help, boolean replaced) {
        shown = text == null ? "" : text;
        if (replaced || !field.isFocused()) field.setText(shown);
        field.pseudoClassStateChanged(INVALID, problem != null);
        field.setRight(problem != null ? icon : null);
        if (problem != null) {
            tooltip.setText(problem);
            field.setTooltip(tooltip);
        } else {
            field.setTooltip(new Tooltip(help));
        }
        field.setAccessibleText(problem != null ? messages.format("field.accessible.problem", name, problem) : name);
        field.setAccessibleHelp(help);
    }
}
