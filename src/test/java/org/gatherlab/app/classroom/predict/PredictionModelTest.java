package org.gatherlab.app.classroom.predict;

import static org.gatherlab.lessons.TypicalQuizzes.GATHER_DOES_NOT_CANCEL;
import static org.gatherlab.lessons.TypicalQuizzes.TASKGROUP_CANCELS;
import static org.gatherlab.lessons.TypicalQuizzes.lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.lessons.LessonAnswers;
import org.gatherlab.lessons.Quiz;
import org.gatherlab.lessons.TypicalQuizzes;
import org.junit.jupiter.api.Test;

/** Predict, then reveal, without the toolkit. */
class PredictionModelTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SessionScore score = new SessionScore();
    private final PredictionModel model = new PredictionModel(messages, score);
    private final List<PredictionModel.Reveal> reveals = new ArrayList<>();

    PredictionModelTest() {
        model.setOnReveal(reveals::add);
    }

    @Test void lessonOneOffersTheLessonsChoicesAndTicksForEachTask() {
        model.load(Quiz.of(lesson(GATHER_DOES_NOT_CANCEL)));
        assertEquals(PredictionModel.Phase.PREDICTING, model.phase());
        assertEquals("gather doesn't cancel the others", model.titleProperty().get());
        assertEquals("Run 1: gather()", model.runLabelProperty().get());
        assertEquals(List.of("100 ms", "200 ms", "300 ms"), model.timeChoices().stream().map(PredictionModel.Choice::text).toList());
        assertEquals("raises TaskFailed(B)", model.outcomeChoices().getFirst().text());
        assertEquals(PredictionModel.CancelMode.TASKS, model.cancelModeProperty().get());
        assertEquals(List.of("A", "B", "C"), model.cancelChoices().stream().map(PredictionModel.Choice::text).toList());
        assertEquals(Set.of(), model.chosenCancelledProperty().get(), "no box ticked: 'none' is an answer");
    }

    @Test void revealNeedsTheTimeAndTheOutcome() {
        model.load(Quiz.of(lesson(GATHER_DOES_NOT_CANCEL)));
        assertFalse(model.canRevealProperty().get());
        assertEquals("Still to answer: when, what.", model.hintProperty().get());
        model.reveal();
        assertEquals(PredictionModel.Phase.PREDICTING, model.phase(), "no reveal before the answers");
        model.chooseTime(100.0);
        assertFalse(model.canRevealProperty().get());
        model.chooseOutcome("raises TaskFailed(B)");
        assertTrue(model.canRevealProperty().get());
    }

    @Test void theMythIsMarkedWrongWithTheRuleThatExplainsEachAnswer() {
        model.load(Quiz.of(lesson(GATHER_DOES_NOT_CANCEL)));
        // The myth: gather stops the others, so it ends at 100 ms... with A and C cancelled.
        model.chooseTime(100.0);
        model.chooseOutcome("raises TaskFailed(B)");
        model.setCancelled("C", true);
        model.setCancelled("A", true);
        assertEquals(List.of("A", "C"), List.copyOf(model.chosenCancelledProperty().get()), "kept in input order");
        model.reveal();

        assertEquals(PredictionModel.Phase.REVEALED, model.phase());
        LessonAnswers.Marks marks = model.marks();
        assertTrue(marks.returnedAt());
        assertTrue(marks.outcome());
        assertFalse(marks.cancelled());
        assertEquals("2 of 3 right", model.resultProperty().get());
        List<PredictionModel.Verdict> v = model.verdicts();
        assertEquals(3, v.size());
        assertEquals("At 100 ms: task B ended with an exception, and it reached the caller at once.", v.get(0).why());
        assertTrue(v.get(1).why().startsWith("gather(): the first exception reaches the caller at once; the other tasks are not cancelled"), v.get(1).why());
        assertFalse(v.get(2).correct());
        assertEquals("A, C", v.get(2).yours());
        assertEquals("none", v.get(2).answer());
        assertEquals("No task ends cancelled: nothing in this run cancels them.", v.get(2).why());
        assertTrue(model.ruleProperty().get().startsWith("gather passes the first exception to its caller at once and cancels nothing"));
        assertFalse(model.lookAtProperty().get().isEmpty());
        assertEquals(2, model.sources().size());

        assertEquals(PredictionModel.Mark.ANSWER, model.markOf(PredictionModel.Question.RETURNED_AT, 100.0));
        assertEquals(PredictionModel.Mark.NONE, model.markOf(PredictionModel.Question.RETURNED_AT, 300.0));
        assertEquals(PredictionModel.Mark.WRONG, model.markOf(PredictionModel.Question.CANCELLED, Set.of("A")));
        assertEquals(PredictionModel.Mark.NONE, model.markOf(PredictionModel.Question.CANCELLED, Set.of("B")));
    }

    @Test void theRevealCallbackGetsTheRunToPlay() {
        model.load(Quiz.of(lesson(GATHER_DOES_NOT_CANCEL)));
        model.chooseTime(300.0);
        model.chooseOutcome("returns [A, C]");
        model.reveal();
        assertEquals(1, reveals.size());
        PredictionModel.Reveal r = reveals.getFirst();
        assertEquals(0, r.quiz().runIndex());
        assertEquals(1, r.marks().score());
        assertEquals(Set.of(), r.prediction().cancelled());
        assertTrue(r.marks().cancelled(), "none ticked, none cancelled: right");
        model.chooseTime(100.0);               // locked after the reveal
        assertEquals(300.0, model.chosenTimeProperty().get());
    }

    @Test void theSessionScoreAddsUpAcrossLessons() {
        model.load(Quiz.of(lesson(GATHER_DOES_NOT_CANCEL)));
        model.chooseTime(100.0);
        model.chooseOutcome("raises TaskFailed(B)");
        model.reveal();                                          // 3 of 3
        model.load(Quiz.of(lesson(TASKGROUP_CANCELS)));
        assertEquals(PredictionModel.Phase.PREDICTING, model.phase());
        assertNull(model.chosenTimeProperty().get(), "a new lesson starts with no answers");
        model.chooseTime(model.timeChoices().getFirst().value());
        model.chooseOutcome(model.outcomeChoices().getFirst().value());
        model.reveal();
        int second = model.marks().score();
        assertEquals(3 + second, score.correct());
        assertEquals(6, score.asked());
        assertEquals(2, score.quizzesProperty().get());
        assertEquals("Session score: " + (3 + second) + " of 6 right (2 predicted)", model.scoreTextProperty().get());

        model.again();                                           // the same lesson again counts again
        model.chooseTime(model.timeChoices().getFirst().value());
        model.chooseOutcome(model.outcomeChoices().getFirst().value());
        model.reveal();
        assertEquals(9, score.asked());
        assertEquals(2, score.quizzesProperty().get());
    }

    @Test void aScenarioThatIsNoLessonGetsGenericChoicesAndTheRuleTable() {
        Scenario s = TypicalQuizzes.threeDownloads();
        model.load(Quiz.of(s, 1));                               // TaskGroup
        assertEquals("Three downloads", model.titleProperty().get());
        assertTrue(model.questionProperty().get().contains("`TaskGroup()`"));
        assertTrue(model.timeChoices().stream().anyMatch(c -> c.value() == 100.0));
        model.chooseTime(300.0);                                 // the myth: a TaskGroup waits for A's 300 ms
        model.chooseOutcome("raises ExceptionGroup([TaskFailed(B)])");
        model.setCancelled("A", true);
        model.setCancelled("C", true);
        model.reveal();
        assertEquals(List.of(false, true, true), model.verdicts().stream().map(PredictionModel.Verdict::correct).toList());
        assertTrue(model.verdicts().get(1).why().startsWith("TaskGroup: the first failure cancels the unfinished siblings"));
        assertEquals("Tasks A, C end cancelled by the TaskGroup, when a sibling failed.", model.verdicts().get(2).why());
        assertEquals("", model.ruleProperty().get(), "no lesson rule");
    }

    @Test void aRaceOnTheJdkIsMarkedRightEitherWayAndSaidToBeARace() {
        // invokeAll(timeout 100 ms): A is done at the deadline's very instant; on the JDK the cancel may come first.
        Scenario s = Scenario.of("tie", List.of(TaskSpec.io("A", 100), TaskSpec.io("B", 300)),
                List.of(RunSpec.of(Strategy.INVOKE_ALL).withTimeoutMs(100.0)));
        model.load(Quiz.of(s, 0));
        model.chooseTime(100.0);
        model.chooseOutcome(model.quizProperty().get().answers().outcome());
        model.setCancelled("A", true);                           // the other order of the race
        model.setCancelled("B", true);
        model.reveal();
        assertEquals(3, model.marks().score());
        assertEquals(PredictionModel.Mark.ANSWER, model.markOf(PredictionModel.Question.CANCELLED, Set.of("A")));
        assertEquals(PredictionModel.Mark.ANSWER, model.markOf(PredictionModel.Question.CANCELLED, Set.of("B")));
        assertTrue(model.verdicts().get(2).why().contains("On the JDK this is a race: A ended at 100 ms"), model.verdicts().get(2).why());
    }

    @Test void aBigScenarioOffersCancelledSetsInsteadOfTickBoxes() {
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) tasks.add(TaskSpec.io("T" + i, 100 + 10 * i));
        Scenario s = Scenario.of("twenty", tasks, List.of(RunSpec.of(Strategy.TASKGROUP).withTimeoutMs(150.0)));
        model.load(Quiz.of(s, 0));
        assertEquals(PredictionModel.CancelMode.SETS, model.cancelModeProperty().get());
        assertTrue(model.outcomeChoices().stream().allMatch(c -> c.text().length() <= Names.LONGEST), "long outcomes are cut for display");
        assertNull(model.chosenCancelledProperty().get());
        assertTrue(model.cancelChoices().stream().anyMatch(c -> c.value().equals(model.quizProperty().get().answers().cancelled())));
        model.chooseTime(150.0);
        model.chooseOutcome("raises TimeoutError");
        assertFalse(model.canRevealProperty().get());
        model.chooseCancelledSet(model.quizProperty().get().answers().cancelled());
        model.reveal();
        assertEquals(3, model.marks().score());
    }

    @Test void everythingIsRewordedWhenTheLanguageChanges() {
        model.load(Quiz.of(lesson(GATHER_DOES_NOT_CANCEL)));
        model.chooseTime(100.0);
        model.chooseOutcome("raises TaskFailed(B)");
        model.reveal();
        messages.setLocale(Words.SPANISH);
        assertEquals("gather no cancela a las demás", model.titleProperty().get());
        assertEquals("lanza TaskFailed(B)", model.outcomeChoices().getFirst().text());
        assertEquals("raises TaskFailed(B)", model.outcomeChoices().getFirst().value(), "answers compare in English");
        assertEquals("3 de 3 aciertos", model.resultProperty().get());
        assertTrue(model.verdicts().get(1).why().startsWith("gather(): la primera excepción llega al llamador"));
        assertTrue(model.ruleProperty().get().startsWith("gather pasa la primera excepción"));
        assertEquals("Puntuación de la sesión: 3 de 3 aciertos · predicciones: 1", model.scoreTextProperty().get());
    }
}
