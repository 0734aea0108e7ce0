package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TaskReport;
import org.gatherlab.engine.TaskState;

/**
 * One task's fate in a Java run, in the shared vocabulary and in Java's own words.
 *
 * <p>Shared: {@code state} is what the task's handle ended as, as the caller sees it ({@code cancelled} for a
 * {@code CANCELLED} future, a subtask left {@code UNAVAILABLE} by a cancelled scope, or a task {@code invokeAny}
 * cancelled), even when the body ran on; {@code startMs} is when its body began (null if it never ran);
 * {@code endMs} when its thread stopped working on it (for a task that never ran: when it was cancelled);
 * {@code afterReturn}: it ended after the call returned or threw (causal order, can be true at the same ms).
 *
 * <p>Java: {@code handle} is {@code CompletableFuture}, {@code Future} or {@code Subtask} (null for
 * {@code invokeAny}, which hands out none); {@code stateAtReturn} and {@code finalState} are
 * {@code Future.State} ({@code RUNNING}, {@code SUCCESS}, {@code FAILED}, {@code CANCELLED}) or
 * {@code Subtask.State} ({@code UNAVAILABLE}, {@code SUCCESS}, {@code FAILED}) when the call returned or threw and
 * after the block; {@code handleDoneMs} when the handle took its final state (a cancelled future: at the cancel,
 * however long the body ran on); {@code cancelRequestedMs} when {@code cancel(true)} or an interrupt was asked
 * for; {@code interruptedMs} when {@code InterruptedException} was thrown; {@code words} says it all in a sentence
 * (as facts: {@link JavaWords}).
 */
public record JavaTaskResult(String name, TaskState state, Double startMs, Double endMs, boolean afterReturn,
                             CancelCause cancelCause, String handle, String stateAtReturn, String finalState,
                             Double handleDoneMs, Double cancelRequestedMs, Double interruptedMs, BodyEnd body,
                             Said words) {

    public JavaTaskResult withWords(Said w) {
        return new JavaTaskResult(name, state, startMs, endMs, afterReturn, cancelCause, handle, stateAtReturn, finalState,
                handleDoneMs, cancelRequestedMs, interruptedMs, body, w);
    }

    /** The shared report's row for this task (no semaphore, no process-pool job). */
    public TaskReport toTaskReport() {
        return new TaskReport(name, state, startMs, endMs, afterReturn, cancelCause, null, null, null);
    }
}
