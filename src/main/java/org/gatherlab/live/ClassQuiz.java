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
import org.gatherlab.lessons.Quiz;

/**
 * What a class predicts together: a lesson's {@link Quiz} (its focus run, its choices: single choice per question,
 * so the class's votes fall into a few bars, and the engine's answers, the same the app's predict-then-reveal
 * marks against), and every run of the lesson's scenario for the picture shown at the reveal. The answers never
 * leave the server before the reveal.
 *
 * @param report every run of the lesson's scenario on the virtual clock
 */
public record ClassQuiz(Quiz quiz, ScenarioReport report) {

    public ClassQuiz {
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(report, "report");
        if (!quiz.isLesson()) throw new IllegalArgumentException("a class quiz needs a lesson (its question and rule)");
    }

    public static ClassQuiz of(Lesson lesson) {
        return new ClassQuiz(Quiz.of(lesson), lesson.run());
    }

    public Lesson lesson() { return quiz.lesson(); }

    public LessonAnswers answers() { return quiz.answers(); }

    public AnswerOptions options() { return quiz.options(); }

    public RunReport focusReport() { return quiz.report(); }

    /** How many choices the question offers. */
    public int choices(Question q) {
        return switch (q) {
            case WHEN -> options().returnedAtMs().size();
            case WHAT -> options().outcome().size();
            case CANCELLED -> options().cancelled().size();
        };
    }

    /** The index of the engine's answer among the choices. */
    public int correct(Question q) {
        int i = switch (q) {
            case WHEN -> options().returnedAtMs().indexOf(answers().returnedAtMs());
            case WHAT -> options().outcome().indexOf(answers().outcome());
            case CANCELLED -> options().cancelled().indexOf(answers().cancelled());
        };
        if (i < 0) throw new IllegalStateException(lesson().id() + ": the choices of " + q.key() + " do not offer the engine's answer");
        return i;
    }

    /** The choices worded in {@code locale}'s language ("none" is {@code noneWord}). */
    public List<String> texts(Question q, Locale locale, String noneWord) {
        List<String> out = new ArrayList<>();
        switch (q) {
            case WHEN -> options().returnedAtMs().forEach(ms -> out.add(LessonAnswers.formatMs(ms)));
            case WHAT -> options().outcome().forEach(o -> out.add(LessonAnswers.localize(o, locale)));
            case CANCELLED -> options().cancelled().forEach(s -> out.add(names(s, noneWord)));
        }
        return out;
    }

    private static String names(Set<String> s, String noneWord) {
        return s.isEmpty() ? noneWord : String.join(", ", s);
    }
}
