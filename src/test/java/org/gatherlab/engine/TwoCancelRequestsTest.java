package org.gatherlab.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule C1 of asyncio-decided-orders.md: the caller's timeout and its outside cancel, both overdue behind a CPU step,
 * fire in one pass in the order they were due. Both reach the caller; the first one's {@code cancel()} is the one
 * whose message the cancelled tasks carry (CPython 3.11, probes/two_cancels.py), so it names the tasks' cause; and
 * since the outside cancel counts too, {@code asyncio.timeout} cannot claim the cancellation: the caller raises
 * {@code CancelledError}, never {@code TimeoutError}, whichever came first.
 */
class TwoCancelRequestsTest {

    @ParameterizedTest(name = "{0}: timeout {1} ms, caller cancelled at {2} ms")
    @CsvSource({"GATHER, 100, 150, timeout", "GATHER, 150, 100, caller", "TASKGROUP, 100, 150, timeout",
            "TASKGROUP, 150, 100, caller", "GATHER, 120, 120, caller"})
    void theFirstDueNamesTheCauseAndTheCallerRaisesCancelledError(Strategy strategy, double timeout, double cancelAt, String first) {
        RunReport r = Runs.run(RunSpec.of(strategy).withTimeoutMs(timeout).withCancelAtMs(cancelAt),
                TaskSpec.cpu("A", 300), TaskSpec.io("B", 500), TaskSpec.io("C", 600));
        CancelCause cause = CancelCause.fromJson(first);
        List<CancelCause> callerRequests = r.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.CancelRequested c && c.task() == TraceEvent.CALLER)
                .map(e -> ((TraceEvent.CancelRequested) e).cause()).toList();
        assertAll(Runs.describe(r),
                () -> assertEquals(new Outcome.Raised("CancelledError", List.of()), r.outcome()),
                () -> assertEquals(300, r.returnedAtMs(), "both wait for A's CPU step"),
                () -> assertEquals(2, callerRequests.size(), "both requests reach the caller: " + callerRequests),
                () -> assertEquals(cause, callerRequests.getFirst(), "in the order they were due (a tie: the caller's, set first)"),
                () -> assertEquals(TaskState.SUCCEEDED, Runs.task(r, "A").state()),
                () -> assertEquals(cause, Runs.task(r, "B").cancelCause()),
                () -> assertEquals(cause, Runs.task(r, "C").cancelCause()),
                () -> assertEquals(300.0, Runs.task(r, "B").endMs()));
    }
}
