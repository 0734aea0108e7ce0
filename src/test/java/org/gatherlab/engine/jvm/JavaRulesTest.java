package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.gatherlab.engine.jvm.JavaRuns.ALL_OF;
import static org.gatherlab.engine.jvm.JavaRuns.ANY_OF;
import static org.gatherlab.engine.jvm.JavaRuns.INVOKE_ALL;
import static org.gatherlab.engine.jvm.JavaRuns.INVOKE_ANY;
import static org.gatherlab.engine.jvm.JavaRuns.OPEN;
import static org.gatherlab.engine.jvm.JavaRuns.assertTask;
import static org.gatherlab.engine.jvm.JavaRuns.english;
import static org.gatherlab.engine.jvm.JavaRuns.run;
import static org.gatherlab.engine.jvm.JavaRuns.threw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules J1–J13 of {@code src/site/markdown/asyncio-semantics.md#java}, each in exact virtual milliseconds. */
class JavaRulesTest {
    private static final JavaRunSpec POOL_2 = INVOKE_ALL.withThreads(JavaThreads.PLATFORM).withCores(2);

    // ---- CompletableFuture ---------------------------------------------------------------------------------------

    @Test void j1_allOfWaitsForEveryTaskAndReportsTheLeftmostFailure() {
        JavaRun r = run(ALL_OF, TaskSpec.io("A", 300), TaskSpec.io("B", 200).failing(), TaskSpec.io("C", 100).failing(),
                TaskSpec.io("D", 400));
        assertEquals(threw("CompletionException", "TaskFailed", "B"), r.outcome());
        assertEquals(400, r.returnedAtMs(), "no fail-fast: it waits for D");
        for (String t : List.of("A", "B", "C", "D")) assertNull(r.task(t).cancelRequestedMs(), t + " is never cancelled");
        assertTask(r, "D", TaskState.SUCCEEDED, 0.0, 400.0, false, null, "SUCCESS");
    }

    @Test void j1_andTreeIsOpenJdksBalancedTreeOfRelays() {
        assertEquals("(0 0)", shape(1));
        assertEquals("(0 1)", shape(2));
        assertEquals("((0 1) 2)", shape(3));
        assertEquals("(((0 1) 2) (3 4))", shape(5));
        assertEquals("(((0 1) (2 3)) ((4 5) (6 7)))", shape(8));
    }

    private static String shape(int n) {
        CfCall.Node[] leaves = new CfCall.Node[n];
        for (int i = 0; i < n; i++) leaves[i] = new CfCall.Node(i);
        return render(CfCall.andTree(leaves, 0, n - 1));
    }

    private static String render(CfCall.Node n) {
        return n.leaf >= 0 ? Integer.toString(n.leaf) : "(" + render(n.left) + " " + render(n.right) + ")";
    }

    @Test void j1_whateverTheTreeTheReportedFailureIsTheLeftmostInArgumentOrder() {
        for (int n = 1; n <= 9; n++) {
            for (int first = 0; first < n; first++) {
                TaskSpec[] tasks = new TaskSpec[n];
                // later positions fail earlier: the left-most failure is the last to happen
                for (int i = 0; i < n; i++) tasks[i] = i >= first ? TaskSpec.io("T" + i, 100 + 10 * (n - i)).failing() : TaskSpec.io("T" + i, 500);
                JavaRun r = run(ALL_OF, tasks);
                assertEquals(threw("CompletionException", "TaskFailed", "T" + first), r.outcome(), n + " tasks, first failing T" + first);
                assertEquals(first > 0 ? 500 : 100 + 10 * n, r.returnedAtMs());
            }
        }
    }

    @Test void j2_anyOfCompletesWithTheFirstCompletionEvenAFailureAndCancelsNothing() {
        JavaRun r = run(ANY_OF, TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));
        assertEquals(threw("CompletionException", "TaskFailed", "B"), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertEquals(300, r.blockExitMs(), "the executor's close() waits for A and C");
        assertTask(r, "A", TaskState.SUCCEEDED, 0.0, 300.0, true, null, "SUCCESS");
        assertTask(r, "C", TaskState.SUCCEEDED, 0.0, 200.0, true, null, "SUCCESS");
        assertEquals("RUNNING", r.task("A").stateAtReturn());

        JavaRun ok = run(ANY_OF, TaskSpec.io("A", 300), TaskSpec.io("B", 100), TaskSpec.io("C", 50).failingAt(150));
        assertEquals(new JavaOutcome.Returned("Object", List.of(JavaOutcome.Item.value("B"))), ok.outcome());
        assertEquals("returned \"B\"", ok.outcome().describe());
    }

    @Test void j3_cancelTrueOnACompletableFutureDoesNotInterruptTheSupplier() {
        JavaRun r = run(ALL_OF, TaskSpec.io("A", 300).cancelledAt(100), TaskSpec.io("B", 50));
        assertEquals(threw("CompletionException", "CancellationException", "A"), r.outcome());
        assertEquals(100, r.returnedAtMs(), "the future is CANCELLED at once, so allOf completes at 100");
        assertEquals(300, r.blockExitMs(), "but the supplier sleeps on to 300: close() waits for it");
        JavaTaskResult a = r.task("A");
        assertTask(r, "A", TaskState.CANCELLED, 0.0, 300.0, true, CancelCause.SELF, "CANCELLED");
        assertEquals(BodyEnd.RETURNED, a.body());
        assertNull(a.interruptedMs(), "cancel(true) did not interrupt");
        assertEquals(100.0, a.handleDoneMs());
        assertTrue(english(a.words()).contains("cf.cancel(true) at 100 ms, which does not interrupt"), english(a.words()));
    }

    @Test void j3_aCompletableFutureCancelledBeforeAThreadTookItNeverRuns() {
        JavaRunSpec oneThread = ALL_OF.withThreads(JavaThreads.PLATFORM).withCores(1);
        JavaRun r = run(oneThread, TaskSpec.cpu("A", 300), TaskSpec.io("B", 100).cancelledAt(50), TaskSpec.io("C", 100));
        assertTask(r, "B", TaskState.CANCELLED, null, 50.0, false, CancelCause.SELF, "CANCELLED");
        assertEquals(BodyEnd.NEVER_RAN, r.task("B").body());
        assertTask(r, "C", TaskState.SUCCEEDED, 300.0, 400.0, false, null, "SUCCESS");
        assertEquals(400, r.returnedAtMs());
    }

    @Test void j4_orTimeoutCompletesExceptionallyButTheWorkRunsOn() {
        JavaRun r = run(ALL_OF.withTimeoutMs(100), TaskSpec.io("A", 300), TaskSpec.cpu("B", 200));
        assertEquals(threw("CompletionException", "TimeoutException", null), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertTask(r, "A", TaskState.SUCCEEDED, 0.0, 300.0, true, null, "SUCCESS");
        assertTask(r, "B", TaskState.SUCCEEDED, 0.0, 200.0, true, null, "SUCCESS");
        assertEquals(300, r.blockExitMs());

        JavaRun late = run(ANY_OF.withTimeoutMs(100), TaskSpec.io("A", 50));
        assertEquals(new JavaOutcome.Returned("Object", List.of(JavaOutcome.Item.value("A"))), late.outcome(),
                "a deadline after the completion does nothing");
    }

    // ---- ExecutorService -----------------------------------------------------------------------------------------

    @Test void j5_invokeAllNeverThrowsForAFailedTaskAndKeepsTaskOrder() {
        JavaRun r = run(INVOKE_ALL, TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(), TaskSpec.cpu("C", 200).failing());
        assertEquals(new JavaOutcome.Returned("List<Future<String>>", List.of(
                new JavaOutcome.Item("A", "A", "SUCCESS", null),
                new JavaOutcome.Item("B", null, "FAILED", "TaskFailed"),
                new JavaOutcome.Item("C", null, "FAILED", "TaskFailed"))), r.outcome());
        assertEquals(300, r.returnedAtMs());
    }

    @Test void j6_invokeAllWithATimeoutCancelsEveryUnfinishedTask() {
        JavaRun r = run(POOL_2.withTimeoutMs(100), TaskSpec.io("A", 50), TaskSpec.cpu("B", 200), TaskSpec.io("C", 300),
                TaskSpec.io("D", 10));
        assertEquals(100, r.returnedAtMs());
        assertEquals(List.of("SUCCESS", "CANCELLED", "CANCELLED", "CANCELLED"),
                r.taskResults().stream().map(JavaTaskResult::finalState).toList());
        assertTask(r, "B", TaskState.CANCELLED, 0.0, 200.0, true, CancelCause.TIMEOUT, "CANCELLED");
        assertEquals(BodyEnd.RETURNED, r.task("B").body(), "the CPU loop ran on");
        assertTask(r, "C", TaskState.CANCELLED, 50.0, 100.0, false, CancelCause.TIMEOUT, "CANCELLED");
        assertEquals(BodyEnd.INTERRUPTED, r.task("C").body(), "interrupted in its sleep");
        assertTask(r, "D", TaskState.CANCELLED, null, 100.0, false, CancelCause.TIMEOUT, "CANCELLED");
        assertEquals(BodyEnd.NEVER_RAN, r.task("D").body(), "still queued: the pool skips it");
        assertEquals(200, r.blockExitMs());
    }

    @Test void j6_onVirtualThreadsATaskCancelledBeforeItGotACarrierNeverRuns() {
        // Issue 14's scenario, as JDK 25 does it (java-strategies.md#evidence): FutureTask.run() returns at once once
        // the future is CANCELLED, so the started virtual threads of B and C do nothing when they get the carrier.
        JavaRun r = run(INVOKE_ALL.withCores(1).withTimeoutMs(250), TaskSpec.cpu("A", 400), TaskSpec.cpu("B", 300),
                TaskSpec.io("C", 200));
        assertEquals(new JavaOutcome.Returned("List<Future<String>>", List.of(
                new JavaOutcome.Item("A", null, "CANCELLED", "CancellationException"),
                new JavaOutcome.Item("B", null, "CANCELLED", "CancellationException"),
                new JavaOutcome.Item("C", null, "CANCELLED", "CancellationException"))), r.outcome());
        assertEquals(250, r.returnedAtMs());
        assertTask(r, "A", TaskState.CANCELLED, 0.0, 400.0, true, CancelCause.TIMEOUT, "CANCELLED");
        assertEquals(BodyEnd.RETURNED, r.task("A").body(), "the CPU loop ignores the interrupt and runs to 400");
        for (String t : List.of("B", "C")) {
            assertTask(r, t, TaskState.CANCELLED, null, 250.0, false, CancelCause.TIMEOUT, "CANCELLED");
            assertEquals(BodyEnd.NEVER_RAN, r.task(t).body(), t + " never got the carrier before the cancel");
            assertTrue(english(r.task(t).words()).contains("FutureTask.run saw CANCELLED"), english(r.task(t).words()));
        }
        assertEquals(400, r.blockExitMs(), "close() waits for A only");
        assertEquals(400, r.settledAtMs());

        // Two carriers, more CPU tasks than carriers, an io task queued behind them: the same rule.
        JavaRun two = run(INVOKE_ALL.withCores(2).withTimeoutMs(250), TaskSpec.cpu("A", 400), TaskSpec.cpu("B", 400),
                TaskSpec.cpu("C", 300), TaskSpec.io("D", 100));
        assertEquals(List.of(BodyEnd.RETURNED, BodyEnd.RETURNED, BodyEnd.NEVER_RAN, BodyEnd.NEVER_RAN),
                two.taskResults().stream().map(JavaTaskResult::body).toList());
        assertEquals(400, two.blockExitMs());

        // Without a timeout nothing is cancelled: the queued tasks run in waves as before.
        JavaRun untimed = run(INVOKE_ALL.withCores(1), TaskSpec.cpu("A", 400), TaskSpec.cpu("B", 300), TaskSpec.io("C", 200));
        assertTask(untimed, "C", TaskState.SUCCEEDED, 700.0, 900.0, false, null, "SUCCESS");
    }

    @Test void j7_invokeAnyAndScopesOnVirtualThreadsStillRunTasksThatGetACarrierAfterTheCall() {
        // Its threads call the task unconditionally; the call only interrupts them (contrast with invokeAll above).
        JavaRun r = run(INVOKE_ANY.withCores(1).withTimeoutMs(250), TaskSpec.cpu("A", 400), TaskSpec.cpu("B", 300),
                TaskSpec.io("C", 200));
        assertEquals(threw("TimeoutException", null, null), r.outcome());
        assertTask(r, "B", TaskState.CANCELLED, 400.0, 700.0, true, CancelCause.TIMEOUT, null);
        assertEquals(BodyEnd.RETURNED, r.task("B").body());
        assertTask(r, "C", TaskState.CANCELLED, 700.0, 700.0, true, CancelCause.TIMEOUT, null);
        assertEquals(BodyEnd.INTERRUPTED, r.task("C").body(), "its sleep throws at once: the flag was set before it began");
        assertEquals(700, r.blockExitMs());

        JavaRun scope = run(OPEN.withJoiner(ScopeJoiner.AWAIT_ALL).withCores(1).withTimeoutMs(250), TaskSpec.cpu("A", 400),
                TaskSpec.cpu("B", 300), TaskSpec.io("C", 200));
        assertEquals(threw("StructuredTaskScope.TimeoutException", null, null), scope.outcome());
        assertEquals(250, scope.returnedAtMs());
        assertTask(scope, "B", TaskState.CANCELLED, 400.0, 700.0, true, CancelCause.TIMEOUT, "UNAVAILABLE");
        assertEquals(BodyEnd.INTERRUPTED, scope.task("C").body());
        assertEquals(700, scope.blockExitMs(), "a subtask's thread calls the task unconditionally, as invokeAny's do");
    }

    @Test void j6_aZeroTimeoutOnThePoolExecutesNothing() {
        JavaRun r = run(POOL_2.withTimeoutMs(0), TaskSpec.io("A", 50), TaskSpec.cpu("B", 200));
        assertEquals(0, r.returnedAtMs());
        for (String t : List.of("A", "B")) assertEquals(BodyEnd.NEVER_RAN, r.task(t).body());
    }

    @Test void j7_invokeAnyReturnsTheFirstSuccessAndInterruptsTheRest() {
        JavaRun r = run(INVOKE_ANY, TaskSpec.io("A", 50).failing(), TaskSpec.io("B", 100), TaskSpec.io("C", 300),
                TaskSpec.cpu("D", 250));
        assertEquals(new JavaOutcome.Returned("String", List.of(JavaOutcome.Item.value("B"))), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertTask(r, "A", TaskState.FAILED, 0.0, 50.0, false, null, null);
        assertTask(r, "C", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.WINNER, null);
        assertTask(r, "D", TaskState.CANCELLED, 0.0, 250.0, true, CancelCause.WINNER, null);
        assertEquals(250, r.blockExitMs());
    }

    @Test void j7_invokeAnyThrowsExecutionExceptionWhenEveryTaskFails_firstOnVirtualThreadsLastOnThePool() {
        TaskSpec[] tasks = {TaskSpec.io("A", 50).failing(), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 70).failing()};
        JavaRun virtual = run(INVOKE_ANY, tasks);
        assertEquals(threw("ExecutionException", "TaskFailed", "A"), virtual.outcome());
        assertEquals(100, virtual.returnedAtMs());
        JavaRun pool = run(INVOKE_ANY.withThreads(JavaThreads.PLATFORM).withCores(2), tasks);
        assertEquals(threw("ExecutionException", "TaskFailed", "C"), pool.outcome(), "C fails last: 50 + 70 = 120 ms");
        assertEquals(120, pool.returnedAtMs());
    }

    @Test void j7_onThePoolTheTasksQueuedBehindTheWinnerAreARace() {
        // java-strategies.md#races: A's pool thread is free at 100 and takes B while the caller, woken by A's
        // success, cancels B and C. The JDK does either first (B never ran in 22 of 30 tries, started in 8).
        JavaRun r = run(INVOKE_ANY.withThreads(JavaThreads.PLATFORM).withCores(1), TaskSpec.io("A", 100), TaskSpec.io("B", 100),
                TaskSpec.io("C", 100));
        assertEquals(List.of(
                new JavaRace("B", 100, JavaRace.Kind.START_OR_SKIP, BodyEnd.INTERRUPTED, BodyEnd.NEVER_RAN),
                new JavaRace("C", 100, JavaRace.Kind.START_OR_SKIP, BodyEnd.NEVER_RAN, BodyEnd.INTERRUPTED)), r.races());
        assertTrue(english(r.race("B").words(r.run())).startsWith("B got a pool thread at 100 ms, the instant the call cancelled it"),
                english(r.race("B").words(r.run())));
        assertTrue(english(r.race("C").words(r.run())).contains("then it starts and is interrupted at once (a race)"), english(r.race("C").words(r.run())));

        JavaRun two = run(INVOKE_ANY.withThreads(JavaThreads.PLATFORM).withCores(2), TaskSpec.io("A", 100), TaskSpec.io("B", 300),
                TaskSpec.io("C", 100), TaskSpec.io("D", 100));
        assertEquals(List.of("C", "D"), two.races().stream().map(JavaRace::task).toList(), "B was running since 0: no race");

        JavaRun cpu = run(INVOKE_ANY.withThreads(JavaThreads.PLATFORM).withCores(1), TaskSpec.cpu("A", 100), TaskSpec.cpu("B", 100));
        assertEquals(new JavaRace("B", 100, JavaRace.Kind.START_OR_SKIP, BodyEnd.RETURNED, BodyEnd.NEVER_RAN), cpu.race("B"));
        assertEquals(200, cpu.blockExitMs(), "the model's order: B's loop holds the thread to 200 (100 if the cancel wins)");
    }

    @Test void racesAreWhereTwoThreadsMeetAtOneInstantAndOnlyThere() {
        // Virtual threads: invokeAny's threads run the task anyway, so who comes first changes nothing.
        assertEquals(List.of(), run(INVOKE_ANY.withCores(1), TaskSpec.io("A", 100), TaskSpec.io("B", 100)).races());
        // The issue-14 scenario: B and C wait for the carrier A holds past the deadline: a rule, not a race.
        assertEquals(List.of(), run(INVOKE_ALL.withCores(1).withTimeoutMs(250), TaskSpec.cpu("A", 400), TaskSpec.cpu("B", 300),
                TaskSpec.io("C", 200)).races());
        // A frees the carrier at the deadline: B may start or not.
        JavaRun tie = run(INVOKE_ALL.withCores(1).withTimeoutMs(250), TaskSpec.cpu("A", 250), TaskSpec.cpu("B", 100));
        assertEquals(List.of(new JavaRace("A", 250, JavaRace.Kind.TIE, BodyEnd.RETURNED, null),
                new JavaRace("B", 250, JavaRace.Kind.START_OR_SKIP, BodyEnd.RETURNED, BodyEnd.NEVER_RAN)), tie.races());
        // A zero timeout on virtual threads: every thread is started before the caller cancels; those with a carrier ran.
        JavaRun zero = run(INVOKE_ALL.withCores(1).withTimeoutMs(0), TaskSpec.io("A", 100), TaskSpec.cpu("B", 100));
        assertEquals(List.of("A", "B"), zero.races().stream().map(JavaRace::task).toList());
        // ...while the pool checks the deadline before each execute: nothing runs, for sure.
        assertEquals(List.of(), run(POOL_2.withTimeoutMs(0), TaskSpec.io("A", 50), TaskSpec.cpu("B", 200)).races());
        // A future done at the deadline's instant.
        assertEquals(List.of(new JavaRace("A", 100, JavaRace.Kind.TIE, BodyEnd.RETURNED, null)),
                run(INVOKE_ALL.withTimeoutMs(100), TaskSpec.io("A", 100), TaskSpec.io("B", 300)).races());
        // Scopes interrupt their subtasks' threads, which call the task anyway: no start-or-skip race there.
        assertEquals(List.of(), run(OPEN, TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 300)).races());
    }

    @Test void j7_invokeAnyTimesOutAndCancelsEverything() {
        JavaRun r = run(INVOKE_ANY.withTimeoutMs(100), TaskSpec.io("A", 200), TaskSpec.io("B", 50).failing());
        assertEquals(threw("TimeoutException", null, null), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertTask(r, "A", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.TIMEOUT, null);
    }

    @Test void j8_theExecutorsCloseWaitsForTasksTheCallLeftBehind() {
        JavaRun r = run(ANY_OF.withThreads(JavaThreads.PLATFORM).withCores(1), TaskSpec.io("A", 100), TaskSpec.io("B", 100));
        assertEquals(100, r.returnedAtMs());
        assertEquals(200, r.blockExitMs(), "B still runs, after A, on the one pool thread");
        assertTask(r, "B", TaskState.SUCCEEDED, 100.0, 200.0, true, null, "SUCCESS");
    }

    // ---- StructuredTaskScope -------------------------------------------------------------------------------------

    @Test void j9_openIsAwaitAllSuccessfulOrThrowAndReturnsWhenAllSucceed() {
        JavaRun r = run(OPEN, TaskSpec.io("A", 100), TaskSpec.cpu("B", 200));
        assertEquals(new JavaOutcome.Returned("null (then subtask.get() for each)", List.of(
                new JavaOutcome.Item("A", "A", "SUCCESS", null), new JavaOutcome.Item("B", "B", "SUCCESS", null))), r.outcome());
        assertEquals(200, r.returnedAtMs());
    }

    @Test void j9_onlyTheFirstFailureIsKeptLaterOnesAreIgnored() {
        JavaRun r = run(OPEN, TaskSpec.io("A", 200).failing(), TaskSpec.cpu("B", 100).failing(), TaskSpec.cpu("C", 300).failing());
        assertEquals(threw("StructuredTaskScope.FailedException", "TaskFailed", "B"), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertTask(r, "C", TaskState.CANCELLED, 0.0, 300.0, true, CancelCause.SCOPE, "UNAVAILABLE");
        assertEquals(BodyEnd.THREW, r.task("C").body(), "C's own TaskFailed is thrown away");
    }

    @Test void j10_closeWaitsForACpuSubtaskThatIgnoresTheInterrupt() {
        JavaRun r = run(OPEN, TaskSpec.cpu("A", 50).failing(), TaskSpec.cpu("B", 400));
        assertEquals(50, r.returnedAtMs());
        assertEquals(400, r.blockExitMs());
        assertEquals(400, r.settledAtMs());
    }

    @Test void j11_allSuccessfulOrThrowReturnsTheSubtasksInForkOrder() {
        JavaRunSpec spec = OPEN.withJoiner(ScopeJoiner.ALL_SUCCESSFUL_OR_THROW);
        JavaRun r = run(spec, TaskSpec.io("A", 100), TaskSpec.io("B", 50));
        assertEquals(new JavaOutcome.Returned("Stream<Subtask<String>>", List.of(
                new JavaOutcome.Item("A", "A", "SUCCESS", null), new JavaOutcome.Item("B", "B", "SUCCESS", null))), r.outcome());
        JavaRun failed = run(spec, TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 200));
        assertEquals(threw("StructuredTaskScope.FailedException", "TaskFailed", "A"), failed.outcome());
        assertEquals(100, failed.returnedAtMs());
    }

    @Test void j11_anySuccessfulResultOrThrowReturnsTheFirstSuccessAndCancelsTheRest() {
        JavaRunSpec spec = OPEN.withJoiner(ScopeJoiner.ANY_SUCCESSFUL_RESULT_OR_THROW);
        JavaRun r = run(spec, TaskSpec.io("A", 50).failing(), TaskSpec.io("B", 100), TaskSpec.io("C", 200));
        assertEquals(new JavaOutcome.Returned("String", List.of(JavaOutcome.Item.value("B"))), r.outcome());
        assertEquals(100, r.returnedAtMs());
        assertTask(r, "A", TaskState.FAILED, 0.0, 50.0, false, null, "FAILED");
        assertTask(r, "C", TaskState.CANCELLED, 0.0, 100.0, false, CancelCause.SCOPE, "UNAVAILABLE");

        JavaRun allFail = run(spec, TaskSpec.io("A", 80).failing(), TaskSpec.io("B", 50).failing());
        assertEquals(threw("StructuredTaskScope.FailedException", "TaskFailed", "B"), allFail.outcome(), "the first to fail");
        assertEquals(80, allFail.returnedAtMs());
    }

    @Test void j11_awaitAllNeverCancelsAndReturnsOnceAllHaveCompleted() {
        JavaRun r = run(OPEN.withJoiner(ScopeJoiner.AWAIT_ALL), TaskSpec.io("A", 100), TaskSpec.io("B", 50).failing(),
                TaskSpec.io("C", 70));
        assertEquals(new JavaOutcome.Returned("null (then subtask.state() for each)", List.of(
                new JavaOutcome.Item("A", "A", "SUCCESS", null), new JavaOutcome.Item("B", null, "FAILED", "TaskFailed"),
                new JavaOutcome.Item("C", "C", "SUCCESS", null))), r.outcome());
        assertEquals(100, r.returnedAtMs());
        for (JavaTaskResult t : r.taskResults()) assertNull(t.cancelRequestedMs());
    }

    @Test void j12_withTimeoutCancelsTheScopeAndJoinThrowsTimeoutException() {
        JavaRun r = run(OPEN.withJoiner(ScopeJoiner.AWAIT_ALL).withTimeoutMs(150), TaskSpec.io("A", 100),
                TaskSpec.io("B", 250).failing(), TaskSpec.cpu("C", 200));
        assertEquals(threw("StructuredTaskScope.TimeoutException", null, null), r.outcome());
        assertEquals(150, r.returnedAtMs());
        assertEquals(200, r.blockExitMs());
        assertTask(r, "A", TaskState.SUCCEEDED, 0.0, 100.0, false, null, "SUCCESS");
        assertTask(r, "B", TaskState.CANCELLED, 0.0, 150.0, false, CancelCause.TIMEOUT, "UNAVAILABLE");
        assertTask(r, "C", TaskState.CANCELLED, 0.0, 200.0, true, CancelCause.TIMEOUT, "UNAVAILABLE");
    }

    @Test void j12_aDeadlineAtTheInstantTheLastSubtaskCompletesStillWins() {
        JavaRun r = run(OPEN.withTimeoutMs(100), TaskSpec.io("A", 100));
        assertEquals(threw("StructuredTaskScope.TimeoutException", null, null), r.outcome(),
                "JDK 25's join() checks timeoutExpired before it asks the joiner");
        assertTask(r, "A", TaskState.SUCCEEDED, 0.0, 100.0, false, null, "SUCCESS");
        JavaRun invoke = run(INVOKE_ALL.withTimeoutMs(100), TaskSpec.io("A", 100));
        assertEquals("SUCCESS", invoke.task("A").finalState(), "a future done by the deadline is not cancelled");
    }

    @Test void j13_subtasksOfACancelledScopeStayUnavailableThereIsNoCancelledState() {
        JavaRun r = run(OPEN, TaskSpec.io("A", 100).failing(), TaskSpec.io("B", 300), TaskSpec.cpu("C", 200));
        for (String t : List.of("B", "C")) {
            assertEquals("UNAVAILABLE", r.task(t).stateAtReturn());
            assertEquals("UNAVAILABLE", r.task(t).finalState());
            assertEquals(TaskState.CANCELLED, r.task(t).state(), "in the shared vocabulary: cancelled");
            assertTrue(english(r.task(t).words()).contains("a scope has no CANCELLED state"), english(r.task(t).words()));
        }
    }
}
