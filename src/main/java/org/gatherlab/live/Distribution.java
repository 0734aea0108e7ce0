package org.gatherlab.live;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a round's votes split: per question, the number of students who picked each choice. No names.
 *
 * @param answered how many students answered in this round
 */
public record Distribution(int round, int answered, Map<Question, List<Integer>> counts) {
    public Distribution {
        Map<Question, List<Integer>> copy = new EnumMap<>(Question.class);
        counts.forEach((q, c) -> copy.put(q, List.copyOf(c)));
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    public List<Integer> counts(Question q) { return counts.get(q); }

    /** The share of the round's answers that picked choice {@code i}, 0 to 100, rounded; 0 when nobody answered. */
    public int percent(Question q, int i) {
        return answered == 0 ? 0 : (int) Math.round(100.0 * counts(q).get(i) / answered);
    }
}
