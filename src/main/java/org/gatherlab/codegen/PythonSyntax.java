package org.gatherlab.codegen;

import java.util.Locale;

/** Python literals and comments for generated source. */
final class PythonSyntax {
    private PythonSyntax() {}

    /** A double-quoted Python str literal that reads back as exactly {@code s}. */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (n == 1 && Character.isSurrogate(s.charAt(i))) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) s.charAt(i)));   // a lone surrogate
            } else if (cp == '\\') {
                b.append("\\\\");
            } else if (cp == '"') {
                b.append("\\\"");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (!printable(cp)) {
                b.append(cp <= 0xFF ? String.format(Locale.ROOT, "\\x%02x", cp)
                        : cp <= 0xFFFF ? String.format(Locale.ROOT, "\\u%04x", cp)
                        : String.format(Locale.ROOT, "\\U%08x", cp));
            } else {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b.append('"').toString();
    }

    private static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    /** A Python number literal: an int when the value is integral, else the shortest float that reads back exactly. */
    static String num(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("not a finite number: " + d);
        if (d == Math.rint(d) && Math.abs(d) < 0x1p53) return Long.toString((long) d);
        return Double.toString(d);   // e.g. 0.5, 1.0E-4: valid Python, and the same double
    }

    /** {@code None}, or {@link #num}. */
    static String num(Double d) {
        return d == null ? "None" : num(d.doubleValue());
    }

    static String bool(boolean b) {
        return b ? "True" : "False";
    }

    /** Text made safe for one line of a {@code #} comment: no line breaks, no control characters. */
    static String commentText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (n == 1 && Character.isSurrogate(s.charAt(i))) b.append('\uFFFD');
            else if (!printable(cp)) b.append(' ');
            else b.appendCodePoint(cp);
            i += n;
        }
        return b.toString();
    }
}
