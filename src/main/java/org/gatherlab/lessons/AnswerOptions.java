package org.gatherlab.lessons;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The choices offered for the three predictions about a lesson's focus run. Which one is right is not
 * stored here: it comes from the engine ({@link LessonAnswers#of}). Each list holds 3 to 5 distinct
 * entries; cancelled sets are compared as sets.
 *
 * @param returnedAtMs when the caller's await returns or raises, in ms
 * @param outcome      what it returns or raises, worded as {@link LessonAnswers#describe} words it
 * @param cancelled    which tasks end cancelled (the empty set is a choice like any other)
 */
public record AnswerOptions(List<Double> returnedAtMs, List<String> outcome, List<Set<String>> cancelled) {
    public static final int MIN = 3;
    public static final int MAX = 5;

    public AnswerOptions {
        returnedAtMs = List.copyOf(returnedAtMs);
        outcome = List.copyOf(outcome);
        cancelled = cancelled.stream().map(AnswerOptions::orderedCopy).toList();
    }

    /** An unmodifiable copy that keeps the given order (task input order, for display). */
    static Set<String> orderedCopy(Set<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** Whether every list offers the engine's answer. */
    public boolean offers(LessonAnswers correct) {
        return returnedAtMs.contains(correct.returnedAtMs()) && outcome.contains(correct.outcome())
                && cancelled.contains(correct.cancelled());
    }
}
