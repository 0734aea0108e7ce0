package org.gatherlab.app.classroom.live;

import java.util.List;

import org.gatherlab.live.Question;

/**
 * How the class answered one question, as the projector shows it: one {@link Bar} per choice, in the order the
 * students saw them. No names: only counts.
 *
 * @param heading the question in the app's language
 */
public record QuestionBars(Question question, String heading, List<Bar> bars) {
    public QuestionBars {
        bars = List.copyOf(bars);
    }

    /**
     * One choice: its text, the votes it got in each round so far, whether it is the engine's answer (false until
     * the reveal, so the projector cannot give it away), and the counts as the projector shows them on one line beside
     * the bars ("1 vote (25 %)"; after a second round both rounds, "2 → 0 (50 % → 0 %)", so a choice stays one line
     * high and the three questions, both rounds and the rule fit a 1280×800 projector without scrolling).
     */
    public record Bar(String text, List<Votes> rounds, boolean correct, String counts) {
        public Bar {
            rounds = List.copyOf(rounds);
        }
    }

    /**
     * One round's votes for a choice.
     *
     * @param percent the share of that round's answers, 0 to 100
     * @param label   the count and share in words ("2 votes (67 %)"; with the round when there are two)
     */
    public record Votes(int round, int votes, int percent, String label) {}
}
