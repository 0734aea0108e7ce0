package org.gatherlab.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.CpuMode;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskState;

/** How every report spells a value: times, option values, enums. */
public final class Values {
    private Values() {}

    /** The largest magnitude below which every integral double is printed as an integer. */
    private static final double EXACT_INTEGERS = 0x1.0p53;

    /** Whether a time is a whole number that prints without a fraction. */
    public static boolean isWhole(double ms) {
        return Double.isFinite(ms) && ms == Math.rint(ms) && Math.abs(ms) < EXACT_INTEGERS;
    }

    /** A time for reading: {@code 300}, {@code 12.5}; measured times are cut to 3 decimals (microseconds). */
    public static String ms(double ms) {
        if (isWhole(ms)) return Long.toString((long) ms);
        if (!Double.isFinite(ms)) return "-";             // a run stopped before the caller's await ended
        return BigDecimal.valueOf(ms).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** A nullable time for tables: a dash when absent. */
    public static String ms(Double ms) {
        return ms == null ? "-" : ms(ms.doubleValue());
    }

    /** A time exactly as reports store it: whole numbers without ".0", fractions as the double prints them. */
    public static String exactMs(double ms) {
        return isWhole(ms) ? Long.toString((long) ms) : Double.toString(ms);
    }

    /**
     * An option value as a plain JSON-able value: Boolean, Long (whole numbers), Double, String or null.
     * Engine enums become their file spelling.
     */
    public static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Boolean b -> b;
            case Number n when isWhole(n.doubleValue()) -> (long) n.doubleValue();
            case Number n -> n.doubleValue();
            case Strategy s -> s.json();
            case CpuMode c -> c.json();
            case OnExit o -> o.json();
            case ClockKind c -> c.json();
            case TaskKind k -> k.json();
            case TaskState s -> s.json();
            case CancelCause c -> c.json();
            case ReturnWhen w -> w.name();
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
    }

    /** {@code returnExceptions=false, cpu=loop, onExit=drain}: the options as one line of text. */
    public static List<String> options(Map<String, Object> options) {
        List<String> parts = new ArrayList<>();
        if (options != null) options.forEach((k, v) -> parts.add(k + "=" + plain(v)));
        return parts;
    }
}
