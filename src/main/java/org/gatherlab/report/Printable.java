package org.gatherlab.report;

/**
 * Text from a file (task and scenario names, file names) made safe to show: a terminal receives no control
 * character it would act on (a newline that breaks a table, ESC sequences that set the window title or
 * clear the screen, C1 controls), no bidirectional override that reorders what follows, and no half of a
 * surrogate pair. Each becomes a visible escape: {@code \n}, {@code \r}, {@code \t}, {@code \e},
 * otherwise {@code \u0007}. Everything else, accents and emoji included, is kept as it is.
 */
public final class Printable {
    private Printable() {}

    public static String escape(String s) {
        int i = 0;
        while (i < s.length() && !needsEscape(s, i)) i++;
        if (i == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(s, i)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u001b' -> out.append("\\e");
                default -> out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        if (c >= 0x2028 && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C) return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
