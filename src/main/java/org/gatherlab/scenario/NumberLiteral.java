package org.gatherlab.scenario;

/**
 * A JSON number whose written exponent is beyond {@link ScenarioLimits#MAX_EXPONENT} ({@code 1e9999999999}):
 * no decimal type holds it, so the reader keeps its text. In a field GatherLab does not know it is written
 * back exactly as read; in a known field it is refused with its path.
 */
record NumberLiteral(String text) {
    /** Whether {@code number}, a JSON number's text, has an exponent beyond the cap (so converting it is unsafe). */
    static boolean isExtreme(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) return false;
        int from = e + 1;
        if (from < number.length() && (number.charAt(from) == '+' || number.charAt(from) == '-')) from++;
        while (from < number.length() - 1 && number.charAt(from) == '0') from++;
        int digits = number.length() - from;
        // Leading zeros skipped: more than 18 digits is beyond any cap a long can state.
        return digits > 18 || digits > 0 && Long.parseLong(number, from, number.length(), 10) > ScenarioLimits.MAX_EXPONENT;
    }

    @Override
    public String toString() { return text; }
}
