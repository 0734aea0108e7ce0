package org.gatherlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.gatherlab.runs.Engine;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.ScenarioReport;
import org.junit.jupiter.api.Test;

/** Choices for any run: they always offer the engine's answer, among 3 to 5 distinct ones. */
class GenericOptionsTest {

    @Test void everyRunOfEveryLessonGetsChoicesThatContainTheCorrectAnswer() {
        List<String> bad = new ArrayList<>();
        int runs = 0;
        List<Scenario> scenarios = new ArrayList<>();
        for (Lesson l : LessonLibrary.builtIn().lessons()) scenarios.add(l.scenario());
        scenarios.add(TypicalQuizzes.threeDownloads());
        for (Scenario s : scenarios) {
            ScenarioReport report = Engine.runVirtual(s);
            for (int i = 0; i < report.runs().size(); i++) {
                RunReport r = report.runs().get(i);
                AnswerOptions o = GenericOptions.of(s, r);
                LessonAnswers right = LessonAnswers.of(r);
                runs++;
                String where = s.name() + " run " + (i + 1) + " " + r.label() + ": ";
                if (!o.offers(right)) bad.add(where + "does not offer " + right + " in " + o);
                for (List<?> list : List.of(o.returnedAtMs(), o.outcome(), o.cancelled())) {
                    if (list.size() < AnswerOptions.MIN || list.size() > AnswerOptions.MAX) bad.add(where + list.size() + " choices: " + list);
                    if (new HashSet<>(list).size() != list.size()) bad.add(where + "duplicates: " + list);
                }
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(runs > 30, runs + " runs");
    }

    @Test void timeChoicesSitAroundTheRealOne() {
        Scenario s = TypicalQuizzes.threeDownloads();
        RunReport gather = Engine.runVirtual(s).runs().getFirst();
        // gather() raises at 100; the tempting answers are the other tasks' ends (200, 300) and the start.
        assertEquals(List.of(0.0, 100.0, 200.0, 300.0), GenericOptions.of(s, gather).returnedAtMs());
    }

    @Test void outcomeChoicesIncludeWhatTheMythsPredict() {
        Scenario s = TypicalQuizzes.threeDownloads();
        RunReport taskgroup = Engine.runVirtual(s).runs().get(1);
        List<String> outcomes = GenericOptions.of(s, taskgroup).outcome();
        assertTrue(outcomes.contains("raises ExceptionGroup([TaskFailed(B)])"), outcomes.toString());
        assertTrue(outcomes.contains("raises TaskFailed(B)"), "the gather answer is the myth here: " + outcomes);
        assertEquals(outcomes.stream().sorted().toList(), outcomes, "a stable order that does not give the answer away");
    }
}
