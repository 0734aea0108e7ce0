package org.gatherlab.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.lessons.AnswerOptions;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonAnswers;

/**
 * What a class predicts together: one lesson's focus run, its choices (single choice per question, the lesson's
 * own options, so the class's votes fall into a few bars) and the engine's answers. The answers are computed
 * here, never read from the lesson, and never leave the server before the reveal.
 *
 * @param report every run of the lesson's scenario on the virtual clock: the picture shown at the reveal
 */
public record ClassQuiz(Lesson lesson, ScenarioReport report, LessonAnswers answers, AnswerOptions options) {

    public ClassQuiz {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(options, "options");
    }

    public static ClassQuiz of(Lesson lesson) {
        ScenarioReport report = lesson.run();
        RunReport focus = report.runs().get(lesson.focusRun());
        return new ClassQuiz(lesson, report, LessonAnswers.of(focus), lesson.options());
    }

    public RunReport focusReport() { return report.runs().get(lesson.focusRun()); }

    /** How many choices the question offers. */
    public int choices(Question q) {
        return switch (q) {
            case WHEN -> options.returnedAtMs().size();
            case WHAT -> options.outcome().size();
            case CANCELLED -> options.cancelled().size();
        };
    }

    /** The index of the engine's answer among the choices. */
    public int correct(Question q) {
        int i = switch (q) {
            case WHEN -> options.returnedAtMs().indexOf(answers.returnedAtMs());
            case WHAT -> options.outcome().indexOf(answers.outcome());
            case CANCELLED -> options.cancelled().indexOf(answers.cancelled());
        };
        if (i < 0) throw new IllegalStateException(lesson.id() + ": the choices of " + q.key() + " do not offer the engine's answer");
        return i;
    }

    /** The choices worded in {@code locale}'s language ("none" is {@code noneWord}). */
    public List<String> texts(Question q, Locale locale, String noneWord) {
        List<String> out = new ArrayList<>();
        switch (q) {
            case WHEN -> options.returnedAtMs().forEach(ms -> out.add(LessonAnswers.formatMs(ms)));
            case WHAT -> options.outcome().forEach(o -> out.add(LessonAnswers.localize(o, locale)));
            case CANCELLED -> options.cancelled().forEach(s -> out.add(names(s, noneWord)));
        }
        return out;
    }

    private static String names(Set<String> s, String noneWord) {
        return s.isEmpty() ? noneWord : String.join(", ", s);
    }
}
