package org.gatherlab.app.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * What "Generate tasks…" makes: {@code count} tasks with durations drawn uniformly from
 * {@code [minDurationMs, maxDurationMs]}, each with {@code failureRate}, a share {@code ioShare} of them
 * {@code io} (the rest {@code cpu}), all drawn from {@code seed}.
 */
public record GenerateSpec(int count, int minDurationMs, int maxDurationMs, double failureRate, double ioShare, long seed) {
    public static final int MAX_COUNT = ScenarioEditorModel.MAX_TASKS;
    public static final int MAX_DURATION_MS = 3_600_000;

    /** What is wrong with these settings, one line per problem (empty when they are fine). */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (count < 1 || count > MAX_COUNT) p.add("Number of tasks must be between 1 and " + MAX_COUNT + ", got " + count);
        if (minDurationMs < 0 || maxDurationMs > MAX_DURATION_MS) {
            p.add("Durations must be between 0 and " + MAX_DURATION_MS + " ms, got " + minDurationMs + "–" + maxDurationMs);
        }
        if (minDurationMs > maxDurationMs) p.add("Shortest duration must not exceed the longest, got " + minDurationMs + " > " + maxDurationMs);
        if (!(failureRate >= 0 && failureRate <= 1)) p.add("Failure rate must be between 0 and 1, got " + failureRate);
        if (!(ioShare >= 0 && ioShare <= 1)) p.add("I/O share must be between 0 and 1, got " + ioShare);
        return p;
    }

    /** How many of the tasks are {@code cpu}: exactly, so "80:20" of 5 tasks is 4 io and 1 cpu. */
    public int cpuCount() {
        return (int) Math.round(count * (1 - ioShare));
    }

    /**
     * Reads the dialog's count text; the message names the field and the rule.
     *
     * @throws IllegalArgumentException with a message for the person typing
     */
    public static int parseCount(String text) {
        String s = text == null ? "" : text.strip().replace("_", "").replace(",", "");
        try {
            long n = Long.parseLong(s);
            if (n < 1 || n > MAX_COUNT) throw new IllegalArgumentException("Number of tasks must be between 1 and " + MAX_COUNT + ", got " + s);
            return (int) n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Number of tasks must be a whole number between 1 and " + MAX_COUNT
                    + ", got " + FieldText.quote(text == null ? "" : text.strip()));
        }
    }

    /** Reads a seed field: any integer in the signed 64-bit range. */
    public static long parseSeed(String text) {
        try {
            Long v = FieldText.optionalInteger(text, Long.MIN_VALUE, Long.MAX_VALUE,
                    "must be between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
            if (v == null) throw new IllegalArgumentException("Seed is required");
            return v;
        } catch (InvalidInput e) {
            throw new IllegalArgumentException("Seed " + e.getMessage());
        }
    }
}
