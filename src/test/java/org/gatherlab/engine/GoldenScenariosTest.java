package org.gatherlab.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.gatherlab.engine.Runs.run;
import static org.gatherlab.engine.Runs.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden scenarios GS1–GS13 of {@code src/site/markdown/asyncio-semantics.md#golden-scenarios}, in exact virtual
 * milliseconds (ms = s × 1000).
 */
class GoldenScenariosTest {
    private static final RunSpec GATHER = RunSpec.of(Strategy.GATHER);

    private static void assertTask(RunReport r, String name, TaskState state, Double start, Double end, boolean afterReturn, CancelCause cause) {
        TaskReport t = task(r, name);
        assertEquals(state, t.state(), name + " state");
        assertEquals(start, t.startMs(), name + " start");
        assertEquals(end, t.endMs(), name + " end");
        assertEquals(afterReturn, t.afterReturn(), name + " afterReturn");
        assertEquals(cause, t.cancelCause(), name + " cancelCause");
    }

    @Test void gs1_gatherRaisesTheFirstFailureAtOnceAndLetsTheOthersRunOn() {
        RunReport r = run(GATHER, TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 300), TaskSpec.io("C", 200).failing());
        assertEquals(new Outcome.Raised("TaskFailed", List.of("A")), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertEquals(300, r.settledAtMs());
        assertTask(r, "A", TaskState.FAILED, 0.0, 100.0, false, null);
        assertTask(r, "B", TaskState.SUCCEEDED, 0.0, 300.0, true, null);
        assertTask(r, "C", TaskState.FAILED, 0.0, 200.0, true, null);
        assertEquals(List.of("A", "C", "B"), r.completionOrder());
    }

    @Test void gs2_asyncioRunTeardownIsWhatCancelsTheSiblings() {
        RunReport r = run(GATHER.withOnExit(OnExit.CANCEL), TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 300), TaskSpec.io("C", 200).failing());
        assertEquals(new Outcome.Raised("TaskFailed", List.of("A")), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertTask(r, "B", TaskState.CANCELLED, 0.0, 100.0, true, CancelCause.EXIT);
        assertTask(r, "C", TaskState.CANCELLED, 0.0, 100.0, true, CancelCause.EXIT);
        assertEquals(100, r.settledAtMs());
    }

    @Test void gs3_returnExceptionsGivesErrorsAsValuesInInputOrder() {
        RunReport r = run(GATHER.withReturnExceptions(true), TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));
        assertEquals(new Outcome.Returned(List.of(Outcome.Result.value("A"), Outcome.Result.error("B", "TaskFailed"), Outcome.Result.value("C"))), r.outcome());
        assertEquals(300, r.returnedAtMs());
        assertEquals(List.of("B", "C", "A"), r.completionOrder());
    }

    @Test void gs4_cancellingTheGatherCancelsEveryChildWhateverTheFlag() {
        for (boolean rE : new boolean[] {false, true}) {
            RunReport r = run(GATHER.withReturnExceptions(rE).withCancelAtMs(100.0), TaskSpec.io("A", 300), TaskSpec.io("B", 500));
            assertEquals(new Outcome.Raised("CancelledError", List.of()), r.outcome());
            assertEquals(100, r.returnedAtMs());
            assertTask(r, "A", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.CALLER);
            assertTask(r, "B", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.CALLER);
        }
    }

    @Test void gs5_aChildCancelledOnItsOwnRaisesCancelledErrorButSiblingsGoOn() {
        RunReport r = run(GATHER, TaskSpec.io("A", 300).cancelledAt(100), TaskSpec.io("B", 500));
        assertEquals(new Outcome.Raised("CancelledError", List.of("A")), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertTask(r, "A", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.SELF);
        assertTask(r, "B", TaskState.SUCCEEDED, 0.0, 500.0, true, null);

        RunReport values = run(GATHER.withReturnExceptions(true), TaskSpec.io("A", 300).cancelledAt(100), TaskSpec.io("B", 500));
        assertEquals(new Outcome.Returned(List.of(Outcome.Result.error("A", "CancelledError"), Outcome.Result.value("B"))), values.outcome());
        assertEquals(500, values.returnedAtMs());
    }

    @Test void gs6_taskGroupCancelsSiblingsAndRaisesAGroupOfEveryFailure() {
        RunReport r = run(RunSpec.of(Strategy.TASKGROUP), TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 300), TaskSpec.io("C", 100).failing());
        assertEquals(new Outcome.Raised("ExceptionGroup", List.of("A", "C")), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertTask(r, "B", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.TASKGROUP);
    }

    @Test void gs7_waitReturnsDoneAndPendingAndNeverRaises() {
        TaskSpec[] tasks = {TaskSpec.io("A", 100), TaskSpec.io("B", 200).failing(), TaskSpec.io("C", 300)};
        RunReport first = run(RunSpec.of(Strategy.WAIT).withReturnWhen(ReturnWhen.FIRST_COMPLETED), tasks);
        assertEquals(new Outcome.ReturnedWait(List.of("A"), List.of("B", "C")), first.outcome());
        assertEquals(100, first.returnedAtMs());
        RunReport exc = run(RunSpec.of(Strategy.WAIT).withReturnWhen(ReturnWhen.FIRST_EXCEPTION), tasks);
        assertEquals(new Outcome.ReturnedWait(List.of("A", "B"), List.of("C")), exc.outcome());
        assertEquals(200, exc.returnedAtMs());
        RunReport all = run(RunSpec.of(Strategy.WAIT), tasks);
        assertEquals(new Outcome.ReturnedWait(List.of("A", "B", "C"), List.of()), all.outcome());
        assertEquals(300, all.returnedAtMs());
        RunReport timeout = run(RunSpec.of(Strategy.WAIT).withTimeoutMs(150.0), tasks);
        assertEquals(new Outcome.ReturnedWait(List.of("A"), List.of("B", "C")), timeout.outcome());
        assertTask(timeout, "C", TaskState.SUCCEEDED, 0.0, 300.0, true, null);
    }

    @Test void gs8_asCompletedTimeoutRaisesAndCancelsNothing() {
        RunReport r = run(RunSpec.of(Strategy.AS_COMPLETED).withTimeoutMs(250.0), TaskSpec.io("A", 300), TaskSpec.io("B", 100), TaskSpec.io("C", 200));
        assertEquals(new Outcome.Raised("TimeoutError", List.of()), r.outcome());
        assertEquals(250, r.returnedAtMs());
        assertTask(r, "A", TaskState.SUCCEEDED, 0.0, 300.0, true, null);
        RunReport inOrder = run(RunSpec.of(Strategy.AS_COMPLETED), TaskSpec.io("A", 300), TaskSpec.io("B", 100), TaskSpec.io("C", 200));
        assertEquals(new Outcome.Returned(List.of(Outcome.Result.value("B"), Outcome.Result.value("C"), Outcome.Result.value("A"))), inOrder.outcome());
    }

    @Test void gs9_aTimeoutAroundTheAwaitCancelsAndRaisesTimeoutError() {
        for (Strategy s : new Strategy[] {Strategy.GATHER, Strategy.TASKGROUP, Strategy.SEQUENTIAL}) {
            RunReport r = run(RunSpec.of(s).withTimeoutMs(100.0), TaskSpec.io("A", 300));
            assertEquals(new Outcome.Raised("TimeoutError", List.of()), r.outcome(), s.json());
            assertEquals(100, r.returnedAtMs());
            assertTask(r, "A", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.TIMEOUT);
        }
    }

    @Test void gs10_aSemaphoreRunsWavesInFifoOrder() {
        RunReport r = run(GATHER.withLimit(2), TaskSpec.io("T0", 100), TaskSpec.io("T1", 100), TaskSpec.io("T2", 100), TaskSpec.io("T3", 100), TaskSpec.io("T4", 100));
        assertEquals(300, r.returnedAtMs());
        double[] permits = {0, 0, 100, 100, 200};
        for (int i = 0; i < 5; i++) {
            TaskReport t = r.tasks().get(i);
            assertEquals(0.0, t.startMs(), "every task exists and starts at once");
            assertEquals(permits[i], t.permitMs());
            assertEquals(permits[i] + 100, t.endMs());
        }
        assertEquals(List.of("T0", "T1", "T2", "T3", "T4"), r.completionOrder());
    }

    @Test void gs11_blockingStepsRunOneAfterAnother() {
        RunReport r = run(GATHER, TaskSpec.cpu("A", 100), TaskSpec.cpu("B", 100), TaskSpec.cpu("C", 100));
        assertEquals(300, r.returnedAtMs());
        assertTask(r, "A", TaskState.SUCCEEDED, 0.0, 100.0, false, null);
        assertTask(r, "B", TaskState.SUCCEEDED, 100.0, 200.0, false, null);
        assertTask(r, "C", TaskState.SUCCEEDED, 200.0, 300.0, false, null);
    }

    @Test void gs12_cpuFirstDelaysTheTimerButIoFirstOverlaps() {
        assertEquals(600, run(GATHER, TaskSpec.cpu("C", 300), TaskSpec.io("I", 300)).returnedAtMs());
        assertEquals(300, run(GATHER, TaskSpec.io("I", 300), TaskSpec.cpu("C", 300)).returnedAtMs());
    }

    @Test void gs13_aTimeoutCannotInterruptCpuWork() {
        RunReport seq = run(RunSpec.of(Strategy.SEQUENTIAL).withTimeoutMs(100.0), TaskSpec.cpu("X", 500));
        assertEquals(new Outcome.Returned(List.of(Outcome.Result.value("X"))), seq.outcome());
        assertEquals(500, seq.returnedAtMs());
        for (Strategy s : new Strategy[] {Strategy.GATHER, Strategy.TASKGROUP}) {
            RunReport r = run(RunSpec.of(s).withTimeoutMs(100.0), TaskSpec.cpu("X", 500));
            assertEquals(new Outcome.Raised("TimeoutError", List.of()), r.outcome(), s.json());
            assertEquals(500, r.returnedAtMs());
            assertTask(r, "X", TaskState.SUCCEEDED, 0.0, 500.0, false, null);
        }
    }

    @Test void sequentialStopsAtTheFirstFailureAndLaterTasksNeverStart() {
        RunReport r = run(RunSpec.of(Strategy.SEQUENTIAL), TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));
        assertEquals(new Outcome.Raised("TaskFailed", List.of("B")), r.outcome());
        assertEquals(400, r.returnedAtMs());
        assertTask(r, "C", TaskState.NOT_STARTED, null, null, false, null);
        RunReport goesOn = run(RunSpec.of(Strategy.SEQUENTIAL).withReturnExceptions(true), TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));
        assertEquals(600, goesOn.returnedAtMs());
        assertEquals(new Outcome.Returned(List.of(Outcome.Result.value("A"), Outcome.Result.error("B", "TaskFailed"), Outcome.Result.value("C"))), goesOn.outcome());
    }

    @Test void processPoolRunsEqualJobsInCeilNOverWorkersWaves() {
        RunReport r = run(GATHER.withProcesses(2), TaskSpec.cpu("A", 100), TaskSpec.cpu("B", 100), TaskSpec.cpu("C", 100), TaskSpec.cpu("D", 100), TaskSpec.cpu("E", 100));
        assertEquals(300, r.returnedAtMs());
        assertEquals(200.0, task(r, "E").jobStartMs());
        assertEquals(300.0, task(r, "E").jobEndMs());
    }

    @Test void cancellingATaskWaitingOnARunningJobDoesNotStopTheJob() {
        RunReport r = run(GATHER.withProcesses(1).withReturnExceptions(true),
                TaskSpec.cpu("A", 300).cancelledAt(100), TaskSpec.cpu("B", 100).cancelledAt(50));
        assertTask(r, "A", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.SELF);
        assertEquals(300.0, task(r, "A").jobEndMs(), "the job ran to its end");
        assertNull(task(r, "B").jobStartMs(), "B's queued job was withdrawn");
        assertTask(r, "B", TaskState.CANCELLED, 0.0, 50.0, false, CancelCause.SELF);
        assertEquals(100, r.returnedAtMs());
    }

    @Test void tasksTakeTheirFirstStepInCreationOrder() {
        RunReport r = run(GATHER, TaskSpec.io("A", 0), TaskSpec.io("B", 0), TaskSpec.io("C", 0));
        List<Integer> firstSteps = r.trace().events().stream().filter(e -> e instanceof TraceEvent.Step).map(TraceEvent::task).distinct().toList();
        assertEquals(List.of(0, 1, 2), firstSteps);
        assertFalse(r.tasks().stream().anyMatch(TaskReport::afterReturn));
        assertTrue(r.trace().events().stream().anyMatch(e -> e instanceof TraceEvent.Sleeping), "sleep(0) still yields");
    }
}
