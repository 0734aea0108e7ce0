package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.gatherlab.engine.jvm.JavaRuns.ALL_OF;
import static org.gatherlab.engine.jvm.JavaRuns.INVOKE_ALL;
import static org.gatherlab.engine.jvm.JavaRuns.OPEN;
import static org.gatherlab.engine.jvm.JavaRuns.assertTask;
import static org.gatherlab.engine.jvm.JavaRuns.run;
import static org.gatherlab.engine.jvm.JavaRuns.threw;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden scenarios GS15–GS18 of {@code src/site/markdown/asyncio-semantics.md#golden-scenarios} in exact virtual
 * milliseconds. The measured JDK 25 times
 * there (353 ms, 114 ms, 437 ms, 304 ms) include real thread overheads; the model gives the exact ones.
 */
class JavaGoldenScenariosTest {

    @Test void gs15_allOfThrowsOnlyAfterTheLastTaskWithTheFirstListedFailure() {
        JavaRun r = run(ALL_OF, TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 300), TaskSpec.io("C", 200).failing());
        assertEquals(threw("CompletionException", "TaskFailed", "A"), r.outcome());
        assertEquals(300, r.returnedAtMs());
        assertEquals(300, r.blockExitMs());
        assertTask(r, "A", TaskState.FAILED, 0.0, 100.0, false, null, "FAILED");
        assertTask(r, "B", TaskState.SUCCEEDED, 0.0, 300.0, false, null, "SUCCESS");
        assertTask(r, "C", TaskState.FAILED, 0.0, 200.0, false, null, "FAILED");
        assertEquals(List.of("A", "C", "B"), r.completionOrder());
    }

    @Test void gs15_variant_allOfReportsTheLeftmostFailureNotTheFirstToHappen() {
        JavaRun r = run(ALL_OF, TaskSpec.io("C", 100).failing(), TaskSpec.io("A", 50).failing());
        assertEquals(threw("CompletionException", "TaskFailed", "C"), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertEquals(List.of("A", "C"), r.completionOrder());
    }

    @Test void gs16_structuredOpenInterruptsTheOthersAtTheFirstFailureAndKeepsOnlyIt() {
        JavaRun r = run(OPEN, TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 300), TaskSpec.io("C", 200).failing());
        assertEquals(threw("StructuredTaskScope.FailedException", "TaskFailed", "A"), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertEquals(100, r.blockExitMs());
        assertTask(r, "A", TaskState.FAILED, 0.0, 100.0, false, null, "FAILED");
        assertTask(r, "B", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.SCOPE, "UNAVAILABLE");
        assertTask(r, "C", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.SCOPE, "UNAVAILABLE");
        assertEquals(BodyEnd.INTERRUPTED, r.task("B").body());
        assertEquals(100.0, r.task("B").interruptedMs());
        assertEquals(BodyEnd.INTERRUPTED, r.task("C").body());
    }

    @Test void gs17_joinThrowsAtTheFirstFailureButTheBlockExitsOnlyWhenTheCpuLoopEnds() {
        JavaRun r = run(OPEN, TaskSpec.io("A", 100).failing(), TaskSpec.cpu("B", 400), TaskSpec.io("C", 300));
        assertEquals(threw("StructuredTaskScope.FailedException", "TaskFailed", "A"), r.outcome());
        assertEquals(100, r.returnedAtMs(), "join() throws at the first failure");
        assertEquals(400, r.blockExitMs(), "close() waits for the CPU loop that ignores its interrupt");
        assertTask(r, "B", TaskState.CANCELLED, 0.0, 400.0, true, CancelCause.SCOPE, "UNAVAILABLE");
        assertEquals(BodyEnd.RETURNED, r.task("B").body(), "B's loop ran to its end and returned: nobody sees it");
        assertEquals(100.0, r.task("B").cancelRequestedMs());
        assertTask(r, "C", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.SCOPE, "UNAVAILABLE");
    }

    @Test void gs18_invokeAllReturnsEveryFutureInTaskOrderWhenAllAreDone() {
        JavaRun r = run(INVOKE_ALL, TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 300));
        assertEquals(new JavaOutcome.Returned("List<Future<String>>", List.of(
                new JavaOutcome.Item("A", null, "FAILED", "TaskFailed"),
                new JavaOutcome.Item("B", "B", "SUCCESS", null))), r.outcome());
        assertEquals("returned [FAILED(TaskFailed), SUCCESS(\"B\")]", r.outcome().describe());
        assertEquals(300, r.returnedAtMs());
    }
}
