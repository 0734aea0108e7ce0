package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TraceEvent;

import java.util.List;

/**
 * {@code executor.invokeAny(tasks)} and {@code invokeAny(tasks, timeout, MILLISECONDS)} (J7): it returns the value of
 * the first task to succeed, and as it returns (or throws) cancels every task still unfinished. If every task fails it
 * throws {@code ExecutionException}; whose failure it carries differs: the virtual-thread executor
 * ({@code ThreadPerTaskExecutor}) keeps the <em>first</em> failure, {@code AbstractExecutorService.doInvokeAny} (the
 * fixed pool) the <em>last</em> one it took. At the deadline: {@code TimeoutException}. The caller holds no handles.
 */
final class InvokeAnyCall extends Call {
    private boolean decided;
    private boolean timedOut;
    private SimThread winner;
    private SimThread firstFailure;
    private SimThread lastFailure;
    private int failures;

    InvokeAnyCall(JvmMachine m) { super(m); }

    @Override String handleName() { return null; }

    @Override boolean skipsCancelledBeforeStart() { return !m.virtual; }

    @Override void begin() {
        for (SimThread t : m.threads) m.submit(t);
        Double timeout = m.run.timeoutMs();
        if (timeout != null) m.scheduleOutside(timeout, -1, () -> {
            if (decided) return;
            decided = true;
            timedOut = true;
            m.emit(new TraceEvent.TimeoutFired(m.now()));
            m.signalOwner();
        });
    }

    @Override void afterBodyEnd(SimThread t) {
        if (decided || t.handleCancelled) return;
        if (t.body == BodyEnd.RETURNED) {
            winner = t;
            decided = true;
            m.signalOwner();
        } else if (t.body == BodyEnd.THREW) {
            if (firstFailure == null) firstFailure = t;
            lastFailure = t;
            if (++failures == m.threads.size()) {
                decided = true;
                m.signalOwner();
            }
        }
    }

    @Override JavaOutcome ownerWakes() {
        CancelCause cause = timedOut ? CancelCause.TIMEOUT : CancelCause.WINNER;
        for (SimThread t : m.threads) m.cancelHandle(t, cause, true);
        if (winner != null) return new JavaOutcome.Returned("String", List.of(JavaOutcome.Item.value(winner.name())));
        if (timedOut) return new JavaOutcome.Threw("TimeoutException", null, null);
        SimThread reported = m.virtual ? firstFailure : lastFailure;
        return new JavaOutcome.Threw("ExecutionException", "TaskFailed", reported.name());
    }
}
