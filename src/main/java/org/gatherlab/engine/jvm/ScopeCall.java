package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.TraceEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * JDK 25's {@code StructuredTaskScope} (JEP 505, fifth preview): {@code try (var scope = open(joiner[, withTimeout]))
 * { fork each task; scope.join(); }}, subtasks on virtual threads.
 *
 * <p>A subtask that completes while the scope is not cancelled takes its state ({@code SUCCESS}, {@code FAILED}) and
 * is shown to the joiner, which may cancel the scope: no new threads start, every unfinished subtask's thread is
 * interrupted, {@code join()} wakes (J9). A subtask completing after that is ignored and stays {@code UNAVAILABLE}:
 * there is no {@code CANCELLED} state (J13). {@code join()} otherwise wakes when every subtask's thread has finished.
 * The timeout cancels the scope unless it already is, and then {@code join()} throws
 * {@code StructuredTaskScope.TimeoutException} (J12); JDK 25's {@code join()} looks at that flag first, so a
 * deadline at the very instant the last subtask completes still wins. {@code close()} waits for every thread (J10).
 */
final class ScopeCall extends Call {
    private final ScopeJoiner joiner;
    private boolean cancelled;
    private boolean timeoutExpired;
    /** {@code awaitAllSuccessfulOrThrow}, {@code allSuccessfulOrThrow}: the first failure, kept by a CAS. */
    private SimThread firstFailure;
    /** {@code anySuccessfulResultOrThrow}: the best completed subtask so far (UNAVAILABLE < FAILED < SUCCESS). */
    private SimThread best;

    ScopeCall(JvmMachine m) {
        super(m);
        this.joiner = m.run.joiner();
    }

    @Override String handleName() { return "Subtask"; }

    @Override String initialState() { return "UNAVAILABLE"; }

    @Override boolean skipsCancelledBeforeStart() { return false; }

    @Override void begin() {
        for (SimThread t : m.threads) m.submit(t);
        Double timeout = m.run.timeoutMs();
        if (timeout != null) m.scheduleOutside(timeout, -1, () -> {
            if (cancelled || m.reported()) return;
            timeoutExpired = true;
            m.emit(new TraceEvent.TimeoutFired(m.now()));
            cancel(null, CancelCause.TIMEOUT);
        });
    }

    @Override void settle(SimThread t) {
        if (cancelled) t.handleCancelled = true;      // "nothing to do if scope is cancelled": stays UNAVAILABLE
        else m.completeHandle(t, t.body == BodyEnd.RETURNED ? "SUCCESS" : "FAILED");
    }

    @Override void afterBodyEnd(SimThread t) {
        if (!t.handleCancelled && onComplete(t)) cancel(t, CancelCause.SCOPE);
        if (m.alive() == 0) m.signalOwner();
    }

    /** The joiner's {@code onComplete}: true to cancel the scope. */
    private boolean onComplete(SimThread t) {
        boolean failed = t.body != BodyEnd.RETURNED;
        return switch (joiner) {
            case AWAIT_ALL_SUCCESSFUL_OR_THROW, ALL_SUCCESSFUL_OR_THROW -> {
                if (!failed || firstFailure != null) yield false;
                firstFailure = t;
                yield true;
            }
            case ANY_SUCCESSFUL_RESULT_OR_THROW -> {
                if (best != null && (best.body == BodyEnd.RETURNED || failed)) yield false;
                best = t;
                yield !failed;
            }
            case AWAIT_ALL -> false;
        };
    }

    /** {@code StructuredTaskScopeImpl.cancel()}: no new threads, interrupt all unfinished, wake {@code join()}. */
    private void cancel(SimThread by, CancelCause cause) {
        cancelled = true;
        m.emit(new TraceEvent.ScopeCancelled(m.now(), by == null ? TraceEvent.CALLER : by.index));
        for (SimThread t : m.threads) {
            if (t.done()) continue;
            m.requestCancel(t, cause);
            t.handleCancelled = true;
            m.interrupt(t);
        }
        m.signalOwner();
    }

    @Override JavaOutcome ownerWakes() {
        if (timeoutExpired) return new JavaOutcome.Threw("StructuredTaskScope.TimeoutException", null, null);
        return switch (joiner) {
            case AWAIT_ALL_SUCCESSFUL_OR_THROW, ALL_SUCCESSFUL_OR_THROW -> firstFailure != null
                    ? failed(firstFailure.name())
                    : new JavaOutcome.Returned(joiner == ScopeJoiner.AWAIT_ALL_SUCCESSFUL_OR_THROW
                            ? "null (then subtask.get() for each)" : "Stream<Subtask<String>>", items());
            case ANY_SUCCESSFUL_RESULT_OR_THROW -> best == null
                    ? new JavaOutcome.Threw("StructuredTaskScope.FailedException", "NoSuchElementException", null)
                    : best.body == BodyEnd.RETURNED
                    ? new JavaOutcome.Returned("String", List.of(JavaOutcome.Item.value(best.name())))
                    : failed(best.name());
            case AWAIT_ALL -> new JavaOutcome.Returned("null (then subtask.state() for each)", items());
        };
    }

    private static JavaOutcome failed(String task) {
        return new JavaOutcome.Threw("StructuredTaskScope.FailedException", "TaskFailed", task);
    }

    private List<JavaOutcome.Item> items() {
        List<JavaOutcome.Item> items = new ArrayList<>();
        for (SimThread t : m.threads) {
            items.add(switch (t.javaState) {
                case "SUCCESS" -> new JavaOutcome.Item(t.name(), t.name(), "SUCCESS", null);
                case "FAILED" -> new JavaOutcome.Item(t.name(), null, "FAILED", "TaskFailed");
                default -> new JavaOutcome.Item(t.name(), null, t.javaState, null);
            });
        }
        return items;
    }
}
