package org.gatherlab.scenario;

/** A 1-based line and column in a file's text; columns count Unicode code points, as an editor does. */
public record TextPosition(int line, int column) implements Location {

    /** The position of {@code charOffset} in {@code text}; a line ends at LF, CR LF or a lone CR. */
    public static TextPosition of(String text, int charOffset) {
        int end = Math.clamp(charOffset, 0, text.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, text.codePointCount(lineStart, end) + 1);
    }

    @Override
    public String toString() { return "line " + line + ", column " + column; }
}
