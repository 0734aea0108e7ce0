package org.gatherlab.codegen;

import static org.gatherlab.codegen.Python.virtual;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden scenarios GS1–GS13 of {@code src/site/markdown/asyncio-semantics.md#golden-scenarios} (times in ms = s ×
 * 1000), run as generated programs
 * on CPython with {@code --virtual}: what real asyncio does, tick for tick, on the virtual clock.
 */
class PythonGoldenScenariosTest {

    @BeforeAll
    static void python() {
        Python.require();
    }

    private static final RunSpec GATHER = RunSpec.of(Strategy.GATHER);
    private static final RunSpec TASKGROUP = RunSpec.of(Strategy.TASKGROUP);

    private static TaskSpec io(String name, double ms) { return TaskSpec.io(name, ms); }

    private static TaskSpec cpu(String name, double ms) { return TaskSpec.cpu(name, ms); }

    @Test
    void gs1_gatherPassesTheFirstFailureOnAndTheOthersRunOn() {
        var r = virtual(List.of(io("A", 100).failing(), io("B", 300), io("C", 200).failing()), GATHER);
        assertAll(r.toString(),
                () -> assertEquals("raised", r.outcomeKind()),
                () -> assertEquals("TaskFailed", r.exception()),
                () -> assertEquals(List.of("A"), r.raisedTasks()),
                () -> assertEquals(100, r.returnedAt()),
                () -> assertEquals("succeeded", r.state("B")),
                () -> assertEquals(300, r.end("B")),
                () -> assertTrue(r.afterReturn("B")),
                () -> assertNull(r.cause("B")),
                () -> assertEquals("failed", r.state("C")),          // silently swallowed by gather
                () -> assertEquals(200, r.end("C")),
                () -> assertTrue(r.afterReturn("C")),
                () -> assertFalse(r.afterReturn("A")),
                () -> assertEquals(List.of("A", "C", "B"), r.completionOrder()),
                () -> assertEquals(300, r.settledAt()));
    }

    @Test
    void gs2_asyncioRunsTeardownCancelsTheSiblingsAtExit() {
        var r = virtual(List.of(io("A", 100).failing(), io("B", 300), io("C", 200).failing()), GATHER.withOnExit(OnExit.CANCEL));
        assertAll(r.toString(),
                () -> assertEquals("TaskFailed", r.exception()),
                () -> assertEquals(100, r.returnedAt()),
                () -> assertEquals("cancelled", r.state("B")),
                () -> assertEquals(100, r.end("B")),
                () -> assertEquals("exit", r.cause("B")),
                () -> assertTrue(r.afterReturn("B")),
                () -> assertEquals("cancelled", r.state("C")),
                () -> assertEquals("exit", r.cause("C")),
                () -> assertEquals(List.of("A", "B", "C"), r.completionOrder()),
                () -> assertEquals(100, r.settledAt()));
    }

    @Test
    void gs3_returnExceptionsGivesValuesInInputOrder() {
        var r = virtual(List.of(io("A", 300), io("B", 100).failing(), io("C", 200)), GATHER.withReturnExceptions(true));
        assertAll(r.toString(),
                () -> assertEquals("returned", r.outcomeKind()),
                () -> assertEquals(List.of("A", "B!TaskFailed", "C"), r.results()),
                () -> assertEquals(300, r.returnedAt()),
                () -> assertEquals(List.of("B", "C", "A"), r.completionOrder()));
    }

    @ParameterizedTest(name = "returnExceptions={0}")
    @ValueSource(booleans = {false, true})
    void gs4_cancellingTheGatherCancelsEveryChild(boolean returnExceptions) {
        var r = virtual(List.of(io("A", 300), io("B", 500)), GATHER.withReturnExceptions(returnExceptions).withCancelAtMs(100.0));
        assertAll(r.toString(),
                () -> assertEquals("CancelledError", r.exception()),
                () -> assertEquals(List.of(), r.raisedTasks()),
                () -> assertEquals(100, r.returnedAt()),
                () -> assertEquals("cancelled", r.state("A")),
                () -> assertEquals("cancelled", r.state("B")),
                () -> assertEquals(100, r.end("A")),
                () -> assertEquals(100, r.end("B")),
                () -> assertEquals("caller", r.cause("A")),
                () -> assertEquals("caller", r.cause("B")));
    }

    @Test
    void gs5_aChildCancelledOnItsOwnMakesGatherRaiseButTheOthersGoOn() {
        var r = virtual(List.of(io("A", 300).cancelledAt(100), io("B", 500)), GATHER);
        assertAll(r.toString(),
                () -> assertEquals("CancelledError", r.exception()),
                () -> assertEquals(List.of("A"), r.raisedTasks()),
                () -> assertEquals(100, r.returnedAt()),
                () -> assertEquals("self", r.cause("A")),
                () -> assertEquals("succeeded", r.state("B")),
                () -> assertEquals(500, r.end("B")),
                () -> assertTrue(r.afterReturn("B")));
        var rE = virtual(List.of(io("A", 300).cancelledAt(100), io("B", 500)), GATHER.withReturnExceptions(true));
        assertAll(rE.toString(),
                () -> assertEquals(List.of("A!CancelledError", "B"), rE.results()),
                () -> assertEquals(500, rE.returnedAt()));
    }

    @Test
    void gs6_taskGroupCancelsTheSiblingsAndRaisesEveryFailure() {
        var r = virtual(List.of(io("A", 100).failing(), io("B", 300), io("C", 100).failing()), TASKGROUP);
        assertAll(r.toString(),
                () -> assertEquals("ExceptionGroup", r.exception()),
                () -> assertEquals(List.of("A", "C"), r.raisedTasks()),
                () -> assertEquals("cancelled", r.state("B")),
                () -> assertEquals(100, r.end("B")),
                () -> assertEquals("taskgroup", r.cause("B")),
                () -> assertEquals(100, r.returnedAt()));
    }

    @Test
    void gs7_waitReturnsDoneAndPendingAndNeverRaises() {
        List<TaskSpec> tasks = List.of(io("A", 100), io("B", 200).failing(), io("C", 300));
        RunSpec wait = RunSpec.of(Strategy.WAIT);
        var first = virtual(tasks, wait.withReturnWhen(ReturnWhen.FIRST_COMPLETED));
        var exception = virtual(tasks, wait.withReturnWhen(ReturnWhen.FIRST_EXCEPTION));
        var all = virtual(tasks, wait);
        var timeout = virtual(tasks, wait.withTimeoutMs(150.0));
        assertAll(
                () -> assertEquals(100, first.returnedAt()),
                () -> assertEquals(List.of("A"), first.done()),
                () -> assertEquals(List.of("B", "C"), first.pending()),
                () -> assertEquals(200, exception.returnedAt()),
                () -> assertEquals(List.of("A", "B"), exception.done()),
                () -> assertEquals(List.of("C"), exception.pending()),
                () -> assertEquals(300, all.returnedAt()),
                () -> assertEquals(List.of("A", "B", "C"), all.done()),
                () -> assertEquals("returned", all.outcomeKind()),
                () -> assertEquals(150, timeout.returnedAt()),
                () -> assertEquals(List.of("A"), timeout.done()),
                () -> assertEquals(List.of("B", "C"), timeout.pending()),
                () -> assertEquals("failed", timeout.state("B")),          // not cancelled by the timeout
                () -> assertEquals("succeeded", timeout.state("C")),
                () -> assertEquals(300, timeout.end("C")));
    }

    @Test
    void gs8_asCompletedTimeoutRaisesAndCancelsNothing() {
        var r = virtual(List.of(io("A", 300), io("B", 100), io("C", 200)), RunSpec.of(Strategy.AS_COMPLETED).withTimeoutMs(250.0));
        assertAll(r.toString(),
                () -> assertEquals("TimeoutError", r.exception()),
                () -> assertEquals(List.of(), r.raisedTasks()),
                () -> assertEquals(250, r.returnedAt()),
                () -> assertEquals("succeeded", r.state("A")),
                () -> assertEquals(300, r.end("A")),
                () -> assertTrue(r.afterReturn("A")),
                () -> assertEquals(List.of("B", "C", "A"), r.completionOrder()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gather", "taskgroup"})
    void gs9_aTimeoutCancelsTheTaskAndRaisesTimeoutError(String strategy) {
        var r = virtual(List.of(io("A", 300)), RunSpec.of(Strategy.fromJson(strategy)).withTimeoutMs(100.0));
        assertAll(r.toString(),
                () -> assertEquals("TimeoutError", r.exception()),
                () -> assertEquals(100, r.returnedAt()),
                () -> assertEquals("cancelled", r.state("A")),
                () -> assertEquals(100, r.end("A")),
                () -> assertEquals("timeout", r.cause("A")));
    }

    @Test
    void gs10_semaphoreRunsInWaves() {
        List<TaskSpec> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) five.add(io("T" + i, 100));
        var r = virtual(five, GATHER.withLimit(2));
        double[] permits = {0, 0, 100, 100, 200};
        assertAll(r.toString(),
                () -> assertEquals(300, r.returnedAt()),
                () -> assertEquals(List.of("T0", "T1", "T2", "T3", "T4"), r.results()),
                () -> {
                    for (int i = 0; i < 5; i++) {
                        assertEquals(0, r.start("T" + i), "every task exists and has started at 0");
                        assertEquals(permits[i], r.task("T" + i).path("permitMs").asDouble(), "T" + i);
                        assertEquals(permits[i] + 100, r.end("T" + i));
                    }
                });
    }

    @Test
    void gs11_blockingStepsRunOneAfterTheOther() {
        var r = virtual(List.of(cpu("A", 100), cpu("B", 100), cpu("C", 100)), GATHER);
        assertAll(r.toString(),
                () -> assertEquals(300, r.returnedAt()),
                () -> assertEquals(0, r.start("A")), () -> assertEquals(100, r.end("A")),
                () -> assertEquals(100, r.start("B")), () -> assertEquals(200, r.end("B")),
                () -> assertEquals(200, r.start("C")), () -> assertEquals(300, r.end("C")));
    }

    @Test
    void gs12_cpuFirstTakesTwiceAsLong() {
        var cpuFirst = virtual(List.of(cpu("A", 300), io("B", 300)), GATHER);
        var ioFirst = virtual(List.of(io("A", 300), cpu("B", 300)), GATHER);
        assertAll(
                () -> assertEquals(600, cpuFirst.returnedAt()),
                () -> assertEquals(300, cpuFirst.start("B")),
                () -> assertEquals(300, ioFirst.returnedAt()));
    }

    @Test
    void gs13_aTimeoutCannotFireWhileCpuWorkBlocksTheLoop() {
        List<TaskSpec> a = List.of(cpu("A", 500));
        var sequential = virtual(a, RunSpec.of(Strategy.SEQUENTIAL).withTimeoutMs(100.0));
        var gather = virtual(a, GATHER.withTimeoutMs(100.0));
        var taskGroup = virtual(a, TASKGROUP.withTimeoutMs(100.0));
        assertAll(
                () -> assertEquals("returned", sequential.outcomeKind(), sequential.toString()),
                () -> assertEquals(List.of("A"), sequential.results()),
                () -> assertEquals(500, sequential.returnedAt()),
                () -> assertEquals("TimeoutError", gather.exception(), gather.toString()),
                () -> assertEquals(500, gather.returnedAt()),
                () -> assertEquals("succeeded", gather.state("A")),
                () -> assertEquals("TimeoutError", taskGroup.exception(), taskGroup.toString()),
                () -> assertEquals(500, taskGroup.returnedAt()),
                () -> assertEquals("succeeded", taskGroup.state("A")));
    }
}
