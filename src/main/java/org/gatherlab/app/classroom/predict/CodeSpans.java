package org.gatherlab.app.classroom.predict;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.gatherlab.app.classroom.InlineCode;

/** Lesson text in a {@link TextFlow}: {@code `code`} spans in a monospace style, the rest as text. */
public final class CodeSpans {
    private CodeSpans() {}

    public static void show(TextFlow flow, String text) {
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
