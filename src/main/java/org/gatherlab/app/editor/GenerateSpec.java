package org.gatherlab.app.editor;

import org.gatherlab.app.fx.Words;

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

    /** What is wrong with these settings, one line per problem (empty when they are fine), in the app's language. */
    public List<String> problems(Words w) {
        List<String> p = new ArrayList<>();
        if (count < 1 || count > MAX_COUNT) p.add(w.format("generate.problem.count", MAX_COUNT, count));
        if (minDurationMs < 0 || maxDurationMs > MAX_DURATION_MS) {
            p.add(w.format("generate.problem.durations", MAX_DURATION_MS, minDurationMs, maxDurationMs));
        }
        if (minDurationMs > maxDurationMs) p.add(w.format("generate.problem.order", minDurationMs, maxDurationMs));
        if (!(failureRate >= 0 && failureRate <= 1)) p.add(w.format("generate.problem.failureRate", failureRate));
        if (!(ioShare >= 0 && ioShare <= 1)) p.add(w.format("generate.problem.ioShare", ioShare));
        return p;
    }

    /** How many of the tasks are {@code cpu}: exactly, so "80:20" of 5 tasks is 4 io and 1 cpu. */
    public int cpuCount() {
        return (int) Math.round(count * (1 - ioShare));
    }

    /**
     * Reads the dialog's count text, with or without digit grouping ({@code 100,000}, {@code 100_000}, and in
     * Spanish {@code 100.000}); the message names the field and the rule.
     *
     * @throws IllegalArgumentException with a message for the person typing
     */
    public static int parseCount(String text, Words w) {
        String s = text == null ? "" : text.strip().replace("_", "").replace(",", "").replace("\u00a0", "").replace(" ", "");
        if (w.locale().getLanguage().equals("es")) s = s.replace(".", "");
        try {
            long n = Long.parseLong(s);
            if (n < 1 || n > MAX_COUNT) throw new IllegalArgumentException(w.format("generate.problem.count", MAX_COUNT, s));
            return (int) n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(w.format("generate.problem.countNotNumber", MAX_COUNT,
                    FieldText.quote(text == null ? "" : text.strip())));
        }
    }

    /** Reads a seed field: any integer in the signed 64-bit range. */
    public static long parseSeed(String text, Words w) {
        try {
            Long v = FieldText.optionalInteger(text, Long.MIN_VALUE, Long.MAX_VALUE, "out of range");
            if (v == null) throw new IllegalArgumentException(w.text("generate.problem.seedRequired"));
            return v;
        } catch (InvalidInput e) {
            throw new IllegalArgumentException(w.format("generate.problem.seed", Long.MIN_VALUE, Long.MAX_VALUE, text.strip()));
        }
    }
}
