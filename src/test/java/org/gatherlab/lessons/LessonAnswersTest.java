package org.gatherlab.lessons;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gatherlab.runs.Engine;
import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.OnExit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The canonical answers come from the engine's report, in the wording the options use. */
class LessonAnswersTest {
    private static RunReport run(RunSpec spec, TaskSpec... tasks) {
        return Engine.runVirtual(Scenario.of("t", List.of(tasks), List.of(spec)), spec, TraceListener.NONE);
    }

    @Test void describesEveryKindOfOutcome() {
        assertEquals("returns [A, TaskFailed(B), C]", LessonAnswers.describe(new Outcome.Returned(List.of(
                Outcome.Result.value("A"), Outcome.Result.error("B", "TaskFailed"), Outcome.Result.value("C")))));
        assertEquals("returns []", LessonAnswers.describe(new Outcome.Returned(List.of())));
        assertEquals("returns [CancelledError(A), B]", LessonAnswers.describe(new Outcome.Returned(List.of(
                Outcome.Result.error("A", "CancelledError"), Outcome.Result.value("B")))));
        assertEquals("returns done={A, B}, pending={C}", LessonAnswers.describe(new Outcome.ReturnedWait(List.of("A", "B"), List.of("C"))));
        assertEquals("returns done={A}, pending=set()", LessonAnswers.describe(new Outcome.ReturnedWait(List.of("A"), List.of())));
        assertEquals("raises TaskFailed(B)", LessonAnswers.describe(new Outcome.Raised("TaskFailed", List.of("B"))));
        assertEquals("raises ExceptionGroup([TaskFailed(A), TaskFailed(C)])",
                LessonAnswers.describe(new Outcome.Raised("ExceptionGroup", List.of("A", "C"))));
        assertEquals("raises TimeoutError", LessonAnswers.describe(new Outcome.Raised("TimeoutError", List.of())));
        assertEquals("raises CancelledError", LessonAnswers.describe(new Outcome.Raised("CancelledError", List.of())));
        assertEquals("raises CancelledError(A)", LessonAnswers.describe(new Outcome.Raised("CancelledError", List.of("A"))));
    }

    @Test void gatherKeepsSiblingsRunningSoNothingEndsCancelled() {
        RunReport r = run(RunSpec.of(Strategy.GATHER), TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));
        assertEquals(new LessonAnswers(100, "raises TaskFailed(B)", Set.of()), LessonAnswers.of(r));
    }

    @Test void cancelledCountsEveryCauseIncludingTheTeardown() {
        RunReport r = run(RunSpec.of(Strategy.GATHER).withOnExit(OnExit.CANCEL),
                TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));
        LessonAnswers a = LessonAnswers.of(r);
        assertEquals(Set.of("A", "C"), a.cancelled());
        assertEquals(List.of("A", "C"), List.copyOf(a.cancelled()), "input order, for display");
    }

    @Test void spanishTranslatesTheVerbOnly() {
        Locale es = Locale.forLanguageTag("es-ES");
        assertEquals("devuelve [A, TaskFailed(B), C]", LessonAnswers.localize("returns [A, TaskFailed(B), C]", es));
        assertEquals("lanza TimeoutError", LessonAnswers.localize("raises TimeoutError", es));
        assertEquals("raises TimeoutError", LessonAnswers.localize("raises TimeoutError", Locale.ENGLISH));
        assertEquals("100 ms", LessonAnswers.formatMs(100));
        assertEquals("12.5 ms", LessonAnswers.formatMs(12.5));
    }

    @Test void marksEachPredictionOnItsOwn() {
        LessonAnswers a = new LessonAnswers(100, "raises TaskFailed(B)", Set.of());
        assertEquals(new LessonAnswers.Marks(true, true, true),
                a.mark(new LessonAnswers.Prediction(100.0, "raises TaskFailed(B)", Set.of())));
        LessonAnswers.Marks m = a.mark(new LessonAnswers.Prediction(300.0, "raises TaskFailed(B)", Set.of("A", "C")));
        assertEquals(new LessonAnswers.Marks(false, true, false), m);
        assertEquals(1, m.score());
        assertEquals(0, a.mark(new LessonAnswers.Prediction(null, null, null)).score());
    }

    @Test void aTaskThatTiesWithTheDeadlineIsRightEitherWay() {
        // invokeAll(timeout 100 ms): A is done at the deadline's very instant; on the JDK it may be cancelled instead.
        RunReport r = run(RunSpec.of(Strategy.INVOKE_ALL).withTimeoutMs(100.0), TaskSpec.io("A", 100), TaskSpec.io("B", 300));
        LessonAnswers a = LessonAnswers.of(r);
        assertEquals(Set.of("A"), a.eitherWay());
        assertEquals(Set.of("B"), a.cancelled());
        assertTrue(a.cancelledRight(Set.of("B")));
        assertTrue(a.cancelledRight(Set.of("A", "B")));
        assertFalse(a.cancelledRight(Set.of("A")), "B ends cancelled for sure");
        assertTrue(a.cancelledRightly("A", true));
        assertTrue(a.cancelledRightly("A", false));
        assertFalse(a.cancelledRightly("B", false));
        assertTrue(a.mark(new LessonAnswers.Prediction(100.0, a.outcome(), Set.of("A", "B"))).cancelled());
    }

    @Test void aPythonRunHasNoRaces() {
        RunReport r = run(RunSpec.of(Strategy.GATHER).withTimeoutMs(100.0), TaskSpec.io("A", 100), TaskSpec.io("B", 300));
        assertEquals(Set.of(), LessonAnswers.of(r).eitherWay());
    }
}
