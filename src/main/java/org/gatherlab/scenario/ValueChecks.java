package org.gatherlab.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed reads of JSON values that report what is wrong instead of throwing. Each returns null after
 * recording a problem, so the validator goes on and finds the file's other problems too.
 */
final class ValueChecks {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

    private final Problems problems;

    ValueChecks(Problems problems) { this.problems = problems; }

    /** A string of Unicode text: a lone surrogate ({@code "\ud800"}) is half a character, and no output could show it. */
    String string(JsonNode value, JsonPath path) {
        if (!value.isTextual()) {
            problems.add(path, "must be a string, got " + JsonText.show(value));
            return null;
        }
        String text = value.textValue();
        int lone = loneSurrogate(text);
        if (lone < 0) return text;
        problems.add(path, "must be Unicode text: \\u%04x is half of a surrogate pair".formatted((int) text.charAt(lone)));
        return null;
    }

    /** The index of the first surrogate that is not half of a pair, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return i;
        }
        return -1;
    }

    Boolean bool(JsonNode value, JsonPath path) {
        if (value.isBoolean()) return value.booleanValue();
        problems.add(path, "must be true or false, got " + JsonText.show(value));
        return null;
    }

    /** A number in {@code [min, max]} (no upper bound when max is null), as the nearest double. */
    Double number(JsonNode value, JsonPath path, BigDecimal min, BigDecimal max) {
        return number(value, path, min, max, max == null ? null : JsonText.number(max));
    }

    /** As {@link #number(JsonNode, JsonPath, BigDecimal, BigDecimal)}, naming the upper bound in words (e.g. "durationMs (300)"). */
    Double number(JsonNode value, JsonPath path, BigDecimal min, BigDecimal max, String maxName) {
        if (extreme(value, path)) return null;
        if (!isJsonNumber(value)) {
            problems.add(path, "must be a number, got " + JsonText.show(value));
            return null;
        }
        BigDecimal exact = value.decimalValue();
        if (!inRange(exact, min, max, maxName, path, value)) return null;
        if (exact.abs().compareTo(DOUBLE_MAX) > 0) {
            problems.add(path, "is too large, got " + JsonText.show(value));
            return null;
        }
        return exact.doubleValue();
    }

    /**
     * An integer in {@code [min, max]}. "Integer" is the contract's "a JSON number with no fractional part":
     * {@code 3.0} and {@code 3e2} have none and are accepted; {@code 2.5} is refused.
     */
    Long integer(JsonNode value, JsonPath path, BigDecimal min, BigDecimal max) {
        if (extreme(value, path)) return null;
        BigDecimal exact = isJsonNumber(value) ? value.decimalValue() : null;
        if (exact == null || exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            problems.add(path, "must be an integer, got " + JsonText.show(value));
            return null;
        }
        if (!inRange(exact, min, max, max == null ? null : JsonText.number(max), path, value)) return null;
        if (!inRange(exact, LONG_MIN, LONG_MAX, JsonText.number(LONG_MAX), path, value)) return null;
        return exact.longValueExact();
    }

    /** One of a fixed set of spellings; the message lists them all, in the contract's order. */
    <E> E choice(JsonNode value, JsonPath path, List<E> options, Function<E, String> spelling) {
        if (value.isTextual()) {
            for (E option : options) if (spelling.apply(option).equals(value.textValue())) return option;
        }
        List<String> quoted = options.stream().map(o -> JsonText.quote(spelling.apply(o))).toList();
        String allowed = quoted.size() == 2
                ? quoted.get(0) + " or " + quoted.get(1)
                : "one of " + quoted.stream().collect(Collectors.joining(", "));
        problems.add(path, "must be " + allowed + ", got " + JsonText.show(value));
        return null;
    }

    private boolean inRange(BigDecimal exact, BigDecimal min, BigDecimal max, String maxName, JsonPath path, JsonNode value) {
        boolean belowMin = min != null && exact.compareTo(min) < 0;
        boolean aboveMax = max != null && exact.compareTo(max) > 0;
        if (!belowMin && !aboveMax) return true;
        String rule = min != null && max != null ? "must be between " + JsonText.number(min) + " and " + maxName
                : min != null ? "must be at least " + JsonText.number(min)
                : "must be at most " + maxName;
        problems.add(path, rule + ", got " + JsonText.show(value));
        return false;
    }

    /** A number no decimal holds ({@link NumberLiteral}): refused with the exponent rule rather than called "not a number". */
    private boolean extreme(JsonNode value, JsonPath path) {
        if (!(value.isPojo() && ((com.fasterxml.jackson.databind.node.POJONode) value).getPojo() instanceof NumberLiteral n)) return false;
        problems.add(path, "must have an exponent between -" + ScenarioLimits.MAX_EXPONENT + " and " + ScenarioLimits.MAX_EXPONENT
                + ", got " + n.text());
        return true;
    }

    /** JSON numbers only: a tree built in memory may hold NaN or infinity, which JSON text cannot. */
    private static boolean isJsonNumber(JsonNode value) {
        return value.isNumber() && !(value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue()));
    }
}
