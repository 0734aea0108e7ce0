package org.gatherlab.app.classroom;

import java.util.ArrayList;
import java.util.List;

/** Lesson texts mark code with backticks ({@code `await asyncio.gather(A, B)`}); this splits them into spans. */
public final class InlineCode {
    private InlineCode() {}

    /** A run of text; {@code code} runs are shown in a monospace font. */
    public record Span(String text, boolean code) {}

    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        boolean code = false;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '`') {
                if (i > from) out.add(new Span(text.substring(from, i), code));
                code = !code;
                from = i + 1;
            }
        }
        return out;
    }

    /** The text without the backticks (for screen readers, tooltips and search). */
    public static String plain(String text) {
        return text.replace("`", "");
    }
}
