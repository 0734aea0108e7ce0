package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TraceEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code executor.invokeAll(tasks)} and {@code invokeAll(tasks, timeout, MILLISECONDS)}: it returns the futures, in
 * task order, once all are done (J5: it never throws for a failed task); at the deadline it cancels every unfinished
 * one with {@code cancel(true)} and returns (J6). Either way the futures are {@code FutureTask}s, whose {@code run()}
 * does nothing once the future is no longer {@code NEW}: a task cancelled while it is queued for a pool thread, or while
 * its started virtual thread waits for a carrier, never runs (JDK 25's {@code ThreadBoundFuture} extends
 * {@code FutureTask}). A zero timeout on the pool executes nothing ({@code AbstractExecutorService} checks the deadline
 * before each {@code execute}); {@code ThreadPerTaskExecutor} starts every thread first, so what ran by the cancel ran.
 */
final class InvokeAllCall extends Call {
    private boolean timedOut;

    InvokeAllCall(JvmMachine m) { super(m); }

    @Override String handleName() { return "Future"; }

    @Override boolean skipsCancelledBeforeStart() { return true; }

    @Override void begin() {
        Double timeout = m.run.timeoutMs();
        if (timeout != null && timeout <= 0 && !m.virtual) {
            // AbstractExecutorService checks the deadline before each execute(): nothing runs, all are cancelled.
            m.emit(new TraceEvent.TimeoutFired(m.now()));
            for (SimThread t : m.threads) m.cancelHandle(t, CancelCause.TIMEOUT, true);
            m.signalOwner();
            return;
        }
        for (SimThread t : m.threads) m.submit(t);
        if (timeout != null) m.scheduleOutside(timeout, -1, () -> {
            if (allDone()) return;
            timedOut = true;
            m.emit(new TraceEvent.TimeoutFired(m.now()));
            m.signalOwner();
        });
    }

    private boolean allDone() { return m.handlesDone() == m.threads.size(); }

    @Override void afterBodyEnd(SimThread t) {
        if (allDone()) m.signalOwner();
    }

    @Override JavaOutcome ownerWakes() {
        if (timedOut) for (SimThread t : m.threads) m.cancelHandle(t, CancelCause.TIMEOUT, true);
        List<JavaOutcome.Item> items = new ArrayList<>();
        for (SimThread t : m.threads) {
            items.add(switch (t.javaState) {
                case "SUCCESS" -> new JavaOutcome.Item(t.name(), t.name(), "SUCCESS", null);
                case "FAILED" -> new JavaOutcome.Item(t.name(), null, "FAILED", "TaskFailed");
                default -> new JavaOutcome.Item(t.name(), null, "CANCELLED", "CancellationException");
            });
        }
        return new JavaOutcome.Returned("List<Future<String>>", items);
    }
}
