package org.gatherlab.app.classroom.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gatherlab.app.fx.Words;
import org.gatherlab.app.fx.Words.Msg;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.RunReport;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.lessons.Lesson;
import org.gatherlab.lessons.LessonLibrary;
import org.junit.jupiter.api.Test;

/** The rule table: the right entry per strategy and outcome, and every entry worded in both languages. */
class RulesTest {
    private final Words en = Words.of(Locale.ENGLISH);

    private static RunReport run(List<TaskSpec> tasks, RunSpec run) {
        return Engine.runVirtual(Scenario.of("t", tasks, List.of(run)), run, TraceListener.NONE);
    }

    private static final List<TaskSpec> ABC = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));

    @Test void gatherRaisesTheFirstExceptionAndCancelsNothing() {
        RunReport r = run(ABC, RunSpec.of(Strategy.GATHER));
        assertEquals("rule.gather.raised", Rules.outcome(r).key());
        assertTrue(en.text(Rules.outcome(r)).startsWith("gather(): the first exception reaches the caller at once; the other tasks are not cancelled"));
        assertEquals(List.of(Msg.of("cancelled.none")), Rules.cancelled(r));
    }

    @Test void aRaceOnTheJdkIsSaidToBeARace() {
        RunSpec invokeAll = RunSpec.of(Strategy.INVOKE_ALL).withTimeoutMs(100.0);
        RunReport tie = run(List.of(TaskSpec.io("A", 100), TaskSpec.io("B", 300)), invokeAll);
        assertEquals(List.of(Msg.of("race.tie", "A", "100 ms")), Rules.races(tie));
        assertTrue(en.text(Rules.races(tie).getFirst()).contains("A may end finished or cancelled"));
        assertTrue(Words.of(Locale.forLanguageTag("es")).text(Rules.races(tie).getFirst()).contains("carrera"));
        assertEquals(List.of(), Rules.races(run(ABC, RunSpec.of(Strategy.GATHER))));
    }

    @Test void eachStrategyAndOutcomeHasItsOwnRule() {
        assertEquals("rule.gather.returnedErrors", Rules.outcome(run(ABC, RunSpec.of(Strategy.GATHER).withReturnExceptions(true))).key());
        assertEquals("rule.taskgroup.raised", Rules.outcome(run(ABC, RunSpec.of(Strategy.TASKGROUP))).key());
        assertEquals("rule.sequential.raised", Rules.outcome(run(ABC, RunSpec.of(Strategy.SEQUENTIAL))).key());
        assertEquals("rule.wait.ALL_COMPLETED", Rules.outcome(run(ABC, RunSpec.of(Strategy.WAIT))).key());
        assertEquals("rule.wait.timeout", Rules.outcome(run(ABC, RunSpec.of(Strategy.WAIT).withTimeoutMs(150.0))).key());
        assertEquals("rule.asCompleted.raised", Rules.outcome(run(ABC, RunSpec.of(Strategy.AS_COMPLETED))).key());
        assertEquals("rule.asCompleted.timeout", Rules.outcome(run(ABC, RunSpec.of(Strategy.AS_COMPLETED).withTimeoutMs(50.0))).key());
        assertEquals("rule.timeout", Rules.outcome(run(ABC, RunSpec.of(Strategy.GATHER).withTimeoutMs(50.0))).key());
        assertEquals("rule.caller.children", Rules.outcome(run(ABC, RunSpec.of(Strategy.GATHER).withCancelAtMs(50.0))).key());
        assertEquals("rule.caller.waiting", Rules.outcome(run(ABC, RunSpec.of(Strategy.WAIT).withCancelAtMs(50.0))).key());
        List<TaskSpec> selfCancel = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 200).cancelledAt(100), TaskSpec.io("C", 200));
        assertEquals(Msg.of("rule.childCancelled", "B"), Rules.outcome(run(selfCancel, RunSpec.of(Strategy.GATHER))));
        assertEquals("rule.taskgroup.returned", Rules.outcome(run(selfCancel, RunSpec.of(Strategy.TASKGROUP))).key());
    }

    @Test void whoCancelledWhatNamesTheCause() {
        RunReport tg = run(ABC, RunSpec.of(Strategy.TASKGROUP));
        assertEquals("Tasks A, C end cancelled by the TaskGroup, when a sibling failed.", en.text(Rules.cancelled(tg).getFirst()));
        RunReport teardown = run(ABC, RunSpec.of(Strategy.GATHER).withOnExit(org.gatherlab.engine.OnExit.CANCEL));
        assertEquals("Tasks A, C end cancelled by asyncio.run()'s teardown, when main() ended.", en.text(Rules.cancelled(teardown).getFirst()));
    }

    @Test void aTimeoutBlockedByCpuWorkIsExplainedAsLate() {
        RunReport r = run(List.of(TaskSpec.cpu("X", 500)), RunSpec.of(Strategy.GATHER).withTimeoutMs(100.0));
        assertEquals(500, r.returnedAtMs());
        assertEquals("At 500 ms: the deadline of 100 ms could only fire once the CPU work let the event loop run again.",
                en.text(Rules.when(r)));
    }

    @Test void everyRuleOfEveryLessonRunIsWordedInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Locale locale : Words.SUPPORTED) {
            Words m = Words.of(locale);
            for (Lesson l : LessonLibrary.builtIn().lessons()) {
                var report = Engine.runVirtual(l.scenario());
                for (RunReport r : report.runs()) {
                    List<Msg> msgs = new ArrayList<>(List.of(Rules.outcome(r), Rules.when(r)));
                    msgs.addAll(Rules.cancelled(r));
                    msgs.addAll(Rules.notes(l.scenario(), r));
                    for (Msg msg : msgs) {
                        String text = m.text(msg);
                        if (text.contains("⟦") || text.matches(".*\\{\\d}.*")) missing.add(locale + " " + l.id() + " " + r.label() + ": " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
