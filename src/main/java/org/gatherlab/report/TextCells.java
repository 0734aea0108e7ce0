package org.gatherlab.report;

import java.util.ArrayList;
import java.util.List;

/** Fixed-width text for a terminal: widths count code points, so a task name is never split mid-character. */
final class TextCells {
    private TextCells() {}

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Cuts {@code s} to {@code width}, marking the cut with "..", so columns stay aligned. */
    static String fit(String s, int width) {
        if (width(s) <= width) return s;
        if (width <= 2) return s.substring(0, s.offsetByCodePoints(0, width));
        return s.substring(0, s.offsetByCodePoints(0, width - 2)) + "..";
    }

    static String left(String s, int width) {
        String f = fit(s, width);
        return f + " ".repeat(width - width(f));
    }

    static String right(String s, int width) {
        String f = fit(s, width);
        return " ".repeat(width - width(f)) + f;
    }

    /**
     * Joins {@code parts} with {@code sep} into lines of at most {@code width}, breaking only between
     * parts; continuation lines are indented under the first part.
     */
    static List<String> wrap(String prefix, List<String> parts, String sep, int width) {
        List<String> lines = new ArrayList<>();
        String indent = " ".repeat(width(prefix));
        StringBuilder line = new StringBuilder(prefix);
        boolean empty = true;
        for (int i = 0; i < parts.size(); i++) {
            String piece = parts.get(i) + (i < parts.size() - 1 ? sep.stripTrailing() : "");
            if (!empty && width(line.toString()) + 1 + width(piece) > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) line.append(' ');
            line.append(piece);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
