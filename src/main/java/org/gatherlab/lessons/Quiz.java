package org.gatherlab.lessons;

import java.util.Objects;

import org.gatherlab.runs.Engine;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TraceListener;

/**
 * What the learner predicts: one run of a scenario, the choices offered, and the engine's answers. Built for a lesson
 * ({@link #of(Lesson)}: the lesson's own choices) or for any scenario and run ({@link #of(Scenario, int)}: choices
 * derived from the report by {@link GenericOptions}). The answers always come from the engine.
 *
 * @param id       the lesson's id, or {@code scenario name#run number}
 * @param lesson   the lesson, or null for a generic scenario
 * @param runIndex 0-based index of the run predicted
 * @param report   the engine's report of that run (virtual clock)
 */
public record Quiz(String id, Lesson lesson, Scenario scenario, int runIndex, RunReport report,
                   LessonAnswers answers, AnswerOptions options) {

    public Quiz {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(options, "options");
    }

    /** The lesson's focus run, with the lesson's choices. */
    public static Quiz of(Lesson lesson) {
        RunReport report = Engine.runVirtual(lesson.scenario(), lesson.focusRunSpec(), TraceListener.NONE);
        return new Quiz(lesson.id(), lesson, lesson.scenario(), lesson.focusRun(), report, LessonAnswers.of(report),
                lesson.options());
    }

    /** Any run of any scenario: runs it on the virtual clock. */
    public static Quiz of(Scenario scenario, int runIndex) {
        return of(scenario, runIndex, Engine.runVirtual(scenario, scenario.runs().get(runIndex), TraceListener.NONE));
    }

    /** Any run of any scenario, with the report the caller already has (virtual clock). */
    public static Quiz of(Scenario scenario, int runIndex, RunReport report) {
        return new Quiz(scenario.name() + "#" + (runIndex + 1), null, scenario, runIndex, report, LessonAnswers.of(report),
                GenericOptions.of(scenario, report));
    }

    public boolean isLesson() { return lesson != null; }
}
