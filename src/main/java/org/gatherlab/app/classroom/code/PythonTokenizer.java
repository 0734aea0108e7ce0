package org.gatherlab.app.classroom.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small Python tokenizer for highlighting: enough of Python 3.11's lexical rules for the programs GatherLab
 * generates (and most hand-written ones). Lossless: the tokens' texts, concatenated, are the source.
 * Adjacent tokens of one kind are merged, so a view makes few nodes.
 */
public final class PythonTokenizer {
    private PythonTokenizer() {}

    /** The program language this tokenizer reads, as a run family names it ({@code RunFamily.language()}). */
    public static final String LANGUAGE = "python";

    /** The kinds, each a CSS style class {@code code-<kind>} in classroom.css. */
    public enum Kind {
        KEYWORD, STRING, COMMENT, NUMBER, BUILTIN, DECORATOR, DEFINITION, OPERATOR, NAME, TEXT;

        public String styleClass() { return "code-" + name().toLowerCase(java.util.Locale.ROOT); }
    }

    public record Token(Kind kind, String text) {}

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
            "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    static final Set<String> BUILTINS = Set.of("abs", "all", "any", "bool", "dict", "enumerate", "float", "format",
            "getattr", "hasattr", "int", "isinstance", "iter", "len", "list", "max", "min", "next", "object", "open", "print",
            "property", "range", "repr", "reversed", "round", "set", "setattr", "sorted", "staticmethod", "classmethod", "str",
            "sum", "super", "tuple", "type", "zip", "map", "filter", "id", "hash", "vars", "callable", "divmod", "pow",
            "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "RuntimeError", "TimeoutError",
            "KeyboardInterrupt", "SystemExit", "StopIteration", "ExceptionGroup", "BaseExceptionGroup", "NotImplementedError",
            "AttributeError", "IndexError", "OSError", "AssertionError", "self", "cls", "__name__", "__main__");

    public static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = src.length();
        boolean afterDef = false;
        while (i < n) {
            char c = src.charAt(i);
            int start = i;
            Kind kind;
            if (c == '#') {
                while (i < n && src.charAt(i) != '\n') i++;
                kind = Kind.COMMENT;
            } else if (stringStart(src, i) >= 0) {
                i = stringEnd(src, i);
                kind = Kind.STRING;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
                i = numberEnd(src, i);
                kind = Kind.NUMBER;
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                while (i < n && Character.isJavaIdentifierPart(src.charAt(i)) && src.charAt(i) != '$') i++;
                String word = src.substring(start, i);
                kind = afterDef ? Kind.DEFINITION : KEYWORDS.contains(word) ? Kind.KEYWORD
                        : BUILTINS.contains(word) ? Kind.BUILTIN : Kind.NAME;
                afterDef = word.equals("def") || word.equals("class");
                add(out, kind, src.substring(start, i));
                continue;
            } else if (c == '@' && atLineStart(src, i)) {
                i++;
                while (i < n && (Character.isJavaIdentifierPart(src.charAt(i)) || src.charAt(i) == '.')) i++;
                kind = Kind.DECORATOR;
            } else if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(src.charAt(i))) i++;
                add(out, Kind.TEXT, src.substring(start, i));
                continue;
            } else {
                i++;
                kind = "+-*/%=<>!&|^~:.,;()[]{}".indexOf(c) >= 0 ? Kind.OPERATOR : Kind.TEXT;
            }
            afterDef = false;
            add(out, kind, src.substring(start, i));
        }
        return out;
    }

    private static void add(List<Token> out, Kind kind, String text) {
        if (!out.isEmpty() && out.getLast().kind() == kind && kind != Kind.NAME && kind != Kind.KEYWORD
                && kind != Kind.BUILTIN && kind != Kind.DEFINITION) {
            out.set(out.size() - 1, new Token(kind, out.getLast().text() + text));
        } else {
            out.add(new Token(kind, text));
        }
    }

    private static boolean atLineStart(String s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    /** The index of the opening quote if a string (with an optional r/b/f/u prefix) starts at {@code i}, else -1. */
    private static int stringStart(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 2 && "rRbBfFuU".indexOf(s.charAt(j)) >= 0) j++;
        if (j < s.length() && (s.charAt(j) == '\'' || s.charAt(j) == '"')) {
            // A prefix must not be the end of a longer name: "xr'..'" is not a string prefix.
            if (j > i && i > 0 && Character.isJavaIdentifierPart(s.charAt(i - 1))) return -1;
            return j;
        }
        return -1;
    }

    private static int stringEnd(String s, int i) {
        int q = stringStart(s, i);
        char quote = s.charAt(q);
        boolean triple = s.startsWith(String.valueOf(quote).repeat(3), q);
        int j = q + (triple ? 3 : 1);
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;                     // an escaped quote does not end a string, not even a raw one
            } else if (triple && s.startsWith(String.valueOf(quote).repeat(3), j)) {
                return j + 3;
            } else if (!triple && c == quote) {
                return j + 1;
            } else if (!triple && c == '\n') {
                return j;                   // unterminated: stop at the line's end
            } else {
                j++;
            }
        }
        return s.length();
    }

    private static int numberEnd(String s, int i) {
        int j = i;
        if (s.startsWith("0x", j) || s.startsWith("0X", j) || s.startsWith("0o", j) || s.startsWith("0O", j)
                || s.startsWith("0b", j) || s.startsWith("0B", j)) {
            j += 2;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
            return j;
        }
        while (j < s.length()) {
            char c = s.charAt(j);
            if (Character.isDigit(c) || c == '_' || c == '.') {
                j++;
            } else if ((c == 'e' || c == 'E') && j + 1 < s.length()
                    && (Character.isDigit(s.charAt(j + 1)) || ((s.charAt(j + 1) == '+' || s.charAt(j + 1) == '-')
                    && j + 2 < s.length() && Character.isDigit(s.charAt(j + 2))))) {
                j += 2;
            } else if (c == 'j' || c == 'J') {
                return j + 1;
            } else {
                return j;
            }
        }
        return j;
    }
}
