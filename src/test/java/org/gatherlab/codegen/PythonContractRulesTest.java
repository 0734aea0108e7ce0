package org.gatherlab.codegen;

import static org.gatherlab.codegen.Python.virtual;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.ReturnWhen;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@code src/site/markdown/scenario-contract.md#rules}, each shown by CPython running the generated
 * program on the virtual clock.
 */
class PythonContractRulesTest {

    @BeforeAll
    static void python() {
        Python.require();
    }

    private static final RunSpec GATHER = RunSpec.of(Strategy.GATHER);

    private static TaskSpec io(String name, double ms) { return TaskSpec.io(name, ms); }

    private static TaskSpec cpu(String name, double ms) { return TaskSpec.cpu(name, ms); }

    @Test
    void rule1_tasksStartInCreationOrderAndTicksTakeNoTime() {
        var r = virtual(List.of(io("A", 0), io("B", 0), cpu("C", 0), io("D", 0)), GATHER);
        assertAll(r.toString(),
                () -> assertEquals(0, r.returnedAt()),
                () -> assertEquals(0, r.settledAt()),
                () -> assertEquals(List.of("C", "A", "B", "D"), r.completionOrder(),
                        "C never awaits, so it ends in its first step; the others resume a tick later, in order"),
                () -> assertEquals(List.of("A", "B", "C", "D"), r.results()));
        var cpus = virtual(List.of(cpu("A", 30), cpu("B", 20), cpu("C", 10)), GATHER);
        assertAll(cpus.toString(),
                () -> assertEquals(0, cpus.start("A")),
                () -> assertEquals(30, cpus.start("B")),
                () -> assertEquals(50, cpus.start("C")),
                () -> assertEquals(List.of("A", "B", "C"), cpus.completionOrder()));
    }

    @Test
    void rule2_cpuWorkOnTheLoopBlocksTimersAndCancellation() {
        assertEquals(600, virtual(List.of(cpu("A", 300), io("B", 300)), GATHER).returnedAt());
        assertEquals(300, virtual(List.of(io("A", 300), cpu("B", 300)), GATHER).returnedAt());
        // The caller is cancelled at 100, but A computes until 300: nothing can run before that.
        var r = virtual(List.of(cpu("A", 300), io("B", 500)), GATHER.withCancelAtMs(100.0));
        assertAll(r.toString(),
                () -> assertEquals("succeeded", r.state("A")),
                () -> assertEquals("cancelled", r.state("B")),
                () -> assertEquals(300, r.end("B")),
                () -> assertEquals("caller", r.cause("B")),
                () -> assertEquals("CancelledError", r.exception()),
                () -> assertEquals(300, r.returnedAt()));
    }

    @Test
    void rule3_sequentialAddsUpAndStopsAtTheFirstFailure() {
        RunSpec seq = RunSpec.of(Strategy.SEQUENTIAL);
        var sum = virtual(List.of(io("A", 100), cpu("B", 200), io("C", 300)), seq);
        assertEquals(600, sum.returnedAt());
        assertEquals(300, sum.start("C"));
        List<TaskSpec> tasks = List.of(io("A", 100), io("B", 200).failing(), io("C", 300));
        var r = virtual(tasks, seq);
        assertAll(r.toString(),
                () -> assertEquals("TaskFailed", r.exception()),
                () -> assertEquals(List.of("B"), r.raisedTasks()),
                () -> assertEquals(300, r.returnedAt()),
                () -> assertEquals("not-started", r.state("C")),
                () -> assertTrue(r.task("C").path("startMs").isNull()),
                () -> assertTrue(r.task("C").path("endMs").isNull()),
                () -> assertFalse(r.afterReturn("C")),
                () -> assertEquals(List.of("A", "B"), r.completionOrder()),
                () -> assertEquals(300, r.settledAt()));
        var rE = virtual(tasks, seq.withReturnExceptions(true));
        assertAll(rE.toString(),
                () -> assertEquals(List.of("A", "B!TaskFailed", "C"), rE.results()),
                () -> assertEquals(600, rE.returnedAt()));
    }

    @Test
    void rule4_gatherKeepsInputOrderAndDoesNotCancelOnFailure() {
        var ok = virtual(List.of(io("A", 300), io("B", 100), io("C", 200)), GATHER);
        assertEquals(List.of("A", "B", "C"), ok.results());
        assertEquals(List.of("B", "C", "A"), ok.completionOrder());
        var r = virtual(List.of(io("A", 300), io("B", 100).failing(), io("C", 200).failing()), GATHER);
        assertAll(r.toString(),
                () -> assertEquals(List.of("B"), r.raisedTasks()),
                () -> assertEquals(100, r.returnedAt()),
                () -> assertEquals("succeeded", r.state("A")),
                () -> assertEquals("failed", r.state("C"), "its exception is swallowed, but it ran to its end"),
                () -> assertTrue(r.afterReturn("C")));
        var rE = virtual(List.of(io("A", 300), io("B", 100).failing(), io("C", 200).failing()), GATHER.withReturnExceptions(true));
        assertAll(rE.toString(),
                () -> assertEquals(List.of("A", "B!TaskFailed", "C!TaskFailed"), rE.results()),
                () -> assertEquals(300, rE.returnedAt()));
    }

    @Test
    void rule5_cancellingTheGatherCancelsEveryUnfinishedChild() {
        var r = virtual(List.of(io("A", 100), io("B", 200), io("C", 300)), GATHER.withTimeoutMs(150.0));
        assertAll(r.toString(),
                () -> assertEquals("TimeoutError", r.exception()),
                () -> assertEquals(150, r.returnedAt()),
                () -> assertEquals("succeeded", r.state("A")),
                () -> assertEquals("timeout", r.cause("B")),
                () -> assertEquals("timeout", r.cause("C")),
                () -> assertEquals(150, r.end("C")));
    }

    @Test
    void rule6_taskGroupCancelsSiblingsAndWaitsForThemAll() {
        var one = virtual(List.of(io("A", 300), io("B", 100).failing(), io("C", 300)), RunSpec.of(Strategy.TASKGROUP));
        assertAll(one.toString(),
                () -> assertEquals("ExceptionGroup", one.exception(), "even one failure comes as a group"),
                () -> assertEquals(List.of("B"), one.raisedTasks()),
                () -> assertEquals("taskgroup", one.cause("A")),
                () -> assertEquals("taskgroup", one.cause("C")),
                () -> assertEquals(100, one.returnedAt()));
        // A's timer is due at 100 but C computes until 150: A fails late, then B is cancelled; the block exits after.
        var late = virtual(List.of(io("A", 100).failing(), io("B", 300), cpu("C", 150)), RunSpec.of(Strategy.TASKGROUP));
        assertAll(late.toString(),
                () -> assertEquals(150, late.end("A")),
                () -> assertEquals("cancelled", late.state("B")),
                () -> assertEquals(150, late.end("B")),
                () -> assertEquals("succeeded", late.state("C")),
                () -> assertEquals(150, late.returnedAt()),
                () -> assertFalse(late.afterReturn("B")));
    }

    @Test
    void rule7_waitNeverRaisesOrCancelsAndFirstExceptionIgnoresCancellations() {
        var r = virtual(List.of(io("A", 300).cancelledAt(50), io("B", 200).failing(), io("C", 300)),
                RunSpec.of(Strategy.WAIT).withReturnWhen(ReturnWhen.FIRST_EXCEPTION));
        assertAll(r.toString(),
                () -> assertEquals("returned", r.outcomeKind()),
                () -> assertEquals(200, r.returnedAt()),
                () -> assertEquals(List.of("A", "B"), r.done()),
                () -> assertEquals(List.of("C"), r.pending()),
                () -> assertEquals("self", r.cause("A")),
                () -> assertEquals("succeeded", r.state("C")),
                () -> assertTrue(r.afterReturn("C")));
        var first = virtual(List.of(io("A", 300).cancelledAt(50), io("B", 200)),
                RunSpec.of(Strategy.WAIT).withReturnWhen(ReturnWhen.FIRST_COMPLETED));
        assertEquals(50, first.returnedAt(), "FIRST_COMPLETED counts a cancelled task");
        assertEquals(List.of("A"), first.done());
    }

    @Test
    void rule8_asCompletedGivesCompletionOrder() {
        var r = virtual(List.of(io("A", 300), io("B", 100).failing(), io("C", 200)),
                RunSpec.of(Strategy.AS_COMPLETED).withReturnExceptions(true));
        assertAll(r.toString(),
                () -> assertEquals(List.of("B!TaskFailed", "C", "A"), r.results()),
                () -> assertEquals(300, r.returnedAt()));
        var raised = virtual(List.of(io("A", 300), io("B", 100).failing(), io("C", 200)), RunSpec.of(Strategy.AS_COMPLETED));
        assertAll(raised.toString(),
                () -> assertEquals("TaskFailed", raised.exception()),
                () -> assertEquals(List.of("B"), raised.raisedTasks()),
                () -> assertEquals(100, raised.returnedAt()),
                () -> assertEquals("succeeded", raised.state("A")));
    }

    @Test
    void rule9_aTimeoutCannotFireWhileCpuWorkBlocks() {
        List<TaskSpec> a = List.of(cpu("A", 500));
        assertEquals(500, virtual(a, RunSpec.of(Strategy.SEQUENTIAL).withTimeoutMs(100.0)).returnedAt());
        for (Strategy s : List.of(Strategy.GATHER, Strategy.TASKGROUP)) {
            var r = virtual(a, RunSpec.of(s).withTimeoutMs(100.0));
            assertEquals("TimeoutError", r.exception(), s + "\n" + r);
            assertEquals(500, r.returnedAt());
            assertEquals("succeeded", r.state("A"));
        }
    }

    @Test
    void rule10_aSemaphoreAdmitsWaitersInFifoOrder() {
        var r = virtual(List.of(io("A", 300), io("B", 100), io("C", 200), io("D", 50)), GATHER.withLimit(1));
        double[] permit = {0, 300, 400, 600};
        double[] end = {300, 400, 600, 650};
        String[] names = {"A", "B", "C", "D"};
        assertAll(r.toString(), () -> {
            for (int i = 0; i < 4; i++) {
                assertEquals(0, r.start(names[i]), "waiting for a permit counts as started");
                assertEquals(permit[i], r.task(names[i]).path("permitMs").asDouble(), names[i]);
                assertEquals(end[i], r.end(names[i]), names[i]);
            }
        }, () -> assertEquals(650, r.returnedAt()));
    }

    @ParameterizedTest(name = "{0} jobs of {2} ms on {1} workers")
    @CsvSource({"5, 2, 100", "7, 3, 40", "4, 4, 250", "3, 1, 10"})
    void rule11_poolJobsTakeCeilNOverWorkersTimesD(int n, int workers, int d) {
        List<TaskSpec> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) jobs.add(cpu("J" + i, d));
        var r = virtual(jobs, GATHER.withProcesses(workers));
        double expected = Math.ceil((double) n / workers) * d;
        assertEquals(expected, r.returnedAt(), r.toString());
        for (int i = 0; i < n; i++) {
            var t = r.task("J" + i);
            assertEquals((i / workers) * (double) d, t.path("jobStartMs").asDouble(), "J" + i);
            assertEquals((i / workers + 1) * (double) d, t.path("jobEndMs").asDouble(), "J" + i);
        }
    }

    /** asyncio-decided-orders.md rule P1, on CPython's own loop: the same orders as the engine's PoolJobPassesTest. */
    @Test
    void ruleP1_aZeroMsPoolJobEndsWhereItStartsAndItsResultTakesTwoPasses() {
        var alone = virtual(List.of(cpu("P", 0), io("I", 0)), GATHER.withProcesses(1));
        assertEquals(List.of("I", "P"), alone.completionOrder(), alone.toString());
        var chain = virtual(List.of(cpu("P", 0), io("I1", 0), io("I2", 0), io("I3", 0), io("I4", 0)),
                GATHER.withProcesses(1).withLimit(2));
        assertEquals(List.of("I1", "P", "I2", "I3", "I4"), chain.completionOrder(), chain.toString());
        var queued = virtual(List.of(cpu("A", 100), cpu("B", 0), cpu("C", 0)), GATHER.withProcesses(1));
        assertAll(queued.toString(),
                () -> assertEquals(List.of("A", "B", "C"), queued.completionOrder()),
                () -> assertEquals(100, queued.task("C").path("jobStartMs").asDouble()),
                () -> assertEquals(100, queued.task("C").path("jobEndMs").asDouble()));
    }

    /** asyncio-decided-orders.md rule C1 on CPython's loop: the engine's TwoCancelRequestsTest, same answers. */
    @ParameterizedTest(name = "{0}: timeout {1} ms, caller cancelled at {2} ms")
    @CsvSource({"GATHER, 100, 150, timeout", "GATHER, 150, 100, caller", "TASKGROUP, 100, 150, timeout",
            "TASKGROUP, 150, 100, caller", "GATHER, 120, 120, caller"})
    void ruleC1_twoOverdueCancelsOfTheCallerTheFirstDueNamesTheCause(Strategy strategy, double timeout, double cancelAt, String first) {
        var r = virtual(List.of(cpu("A", 300), io("B", 500), io("C", 600)),
                RunSpec.of(strategy).withTimeoutMs(timeout).withCancelAtMs(cancelAt));
        assertAll(r.toString(),
                () -> assertEquals("CancelledError", r.exception()),
                () -> assertEquals(300, r.returnedAt()),
                () -> assertEquals("succeeded", r.state("A")),
                () -> assertEquals(first, r.cause("B")),
                () -> assertEquals(first, r.cause("C")));
    }
}
