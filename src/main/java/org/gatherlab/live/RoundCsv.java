package org.gatherlab.live;

import java.util.List;
import java.util.Locale;

/**
 * A round's results as CSV (RFC 4180, UTF-8): one row per question and choice, with the votes, their share and
 * whether it is the engine's answer. No names: the file holds what the projector showed.
 */
public final class RoundCsv {
    private RoundCsv() {}

    public static final String HEADER = "lesson,round,question,choice,votes,percent,answered,correct";

    public static String of(ClassQuiz quiz, Distribution d, Locale locale) {
        return of(quiz, List.of(d), locale);
    }

    /** Several rounds in one file, round by round (each row says its round). */
    public static String of(ClassQuiz quiz, List<Distribution> rounds, Locale locale) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Distribution d : rounds) rows(out, quiz, d, locale);
        return out.toString();
    }

    private static void rows(StringBuilder out, ClassQuiz quiz, Distribution d, Locale locale) {
        for (Question q : Question.values()) {
            List<String> texts = quiz.texts(q, locale, SessionJson.none(locale));
            int right = quiz.correct(q);
            for (int i = 0; i < texts.size(); i++) {
                out.append(cell(quiz.lesson().id())).append(',').append(d.round()).append(',').append(q.key()).append(',')
                        .append(cell(texts.get(i))).append(',').append(d.counts(q).get(i)).append(',').append(d.percent(q, i))
                        .append(',').append(d.answered()).append(',').append(i == right).append("\r\n");
            }
        }
    }

    /**
     * Quoted when it holds a comma, quote or line break; a leading {@code = + - @} is prefixed with an apostrophe
     * so a spreadsheet shows it instead of evaluating it.
     */
    static String cell(String s) {
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) return '"' + v.replace("\"", "\"\"") + '"';
        return v;
    }
}
