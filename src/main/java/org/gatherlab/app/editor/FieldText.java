package org.gatherlab.app.editor;

import java.math.BigDecimal;

/**
 * How numbers are shown in the editor's fields and read back from them. Reading checks only what a value
 * needs to exist (that the text is a number, an integer where one is needed); ranges are the scenario
 * reader's business, so the editor reports exactly the command line's messages for them.
 */
public final class FieldText {
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private FieldText() {}

    /** {@code 300} rather than {@code 300.0}; {@code 0.25}; never an exponent. */
    public static String number(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) return Long.toString((long) value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String optionalNumber(Double value) {
        return value == null ? "" : number(value);
    }

    /** A number; an empty field is an error ("is required"). */
    static double requiredNumber(String text) throws InvalidInput {
        Double v = optionalNumber(text);
        if (v == null) throw new InvalidInput("is required");
        return v;
    }

    /** A number, or null for an empty field (the option is absent). */
    static Double optionalNumber(String text) throws InvalidInput {
        BigDecimal exact = decimal(text, "a number");
        if (exact == null) return null;
        double v = exact.doubleValue();
        if (!Double.isFinite(v)) throw new InvalidInput("is too large, got " + text.strip());
        return v;
    }

    /**
     * An integer in {@code [min, max]}, or null for an empty field. Only values the model cannot hold are refused
     * here (with the reader's wording); a value the model holds but the contract forbids is left to the reader.
     */
    static Long optionalInteger(String text, long min, long max, String rule) throws InvalidInput {
        BigDecimal exact = decimal(text, "an integer");
        if (exact == null) return null;
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new InvalidInput("must be an integer, got " + text.strip());
        }
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidInput(rule + ", got " + text.strip());
        }
        return exact.longValueExact();
    }

    private static BigDecimal decimal(String text, String what) throws InvalidInput {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) return null;
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidInput("must be " + what + ", got " + quote(s));
        }
    }

    /** A JSON string literal, as the reader's messages show a string value. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** What is wrong with the seed field's text. */
    static String seedMessage(String text) {
        try {
            optionalInteger(text, Long.MIN_VALUE, Long.MAX_VALUE, "must be between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
            return "must be an integer, got " + quote(text);
        } catch (InvalidInput e) {
            return e.getMessage();
        }
    }
}
