package org.gatherlab.live;

import java.util.List;
import java.util.Locale;

/** The teacher's view as text, for {@code gatherlab class}: counts, and per question a bar per choice. */
public final class TerminalView {
    private TerminalView() {}

    private static final int BAR = 30;
    private static final List<String> HEADINGS = List.of("1. When does the await return (or raise)?",
            "2. What does it return, or raise?", "3. Which tasks end cancelled?");

    public static String counts(ClassSession.TeacherView v) {
        return "Round " + v.round() + ", " + phase(v.phase()) + ": " + v.joined() + " joined, " + v.answered() + " answered";
    }

    /** Every round so far; the right choices are marked only once revealed. */
    public static String distribution(ClassSession session) {
        ClassSession.TeacherView v = session.teacherView();
        ClassQuiz quiz = session.quiz();
        boolean revealed = v.phase() == ClassSession.Phase.REVEALED;
        StringBuilder out = new StringBuilder(counts(v)).append('\n');
        for (Question q : Question.values()) {
            out.append(HEADINGS.get(q.ordinal())).append('\n');
            List<String> texts = quiz.texts(q, Locale.ENGLISH, SessionJson.none(Locale.ENGLISH));
            int width = texts.stream().mapToInt(String::length).max().orElse(0);
            for (int i = 0; i < texts.size(); i++) {
                boolean right = revealed && quiz.correct(q) == i;
                out.append(right ? " \u2713 " : "   ").append(pad(texts.get(i), width));
                for (Distribution d : v.rounds()) {
                    int votes = d.counts(q).get(i);
                    int filled = d.answered() == 0 ? 0 : (int) Math.round((double) BAR * votes / d.answered());
                    out.append("  ").append(v.rounds().size() > 1 ? "r" + d.round() + " " : "")
                            .append("\u2588".repeat(filled)).append("\u00b7".repeat(BAR - filled))
                            .append(String.format(Locale.ROOT, " %3d (%3d %%)", votes, d.percent(q, i)));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String phase(ClassSession.Phase p) {
        return switch (p) {
            case VOTING -> "voting";
            case RESULTS -> "vote closed";
            case REVEALED -> "revealed";
            case CLOSED -> "ended";
        };
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
