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
 * for; {@code interruptedMs} when {@code InterruptedException} was thrown; {@link #words()} says it all in a sentence
 * (as facts: {@link JavaWords}), from these fields and {@code io} (the task sleeps, else computes), {@code wokeAtMs}
 * (when its sleep ended, if it then had to wait for a carrier; null: unknown or no wait), {@code run} and
 * {@code measured} (real-clock times: rounded to 0.1 ms, gaps under {@value JavaWords#SLACK_MS} ms not called waits).
 * The sentence is made when it is asked for, not kept: a report of 100,000 tasks would otherwise hold 100,000 of them
 * until it is written.
 */
public record JavaTaskResult(String name, TaskState state, Double startMs, Double endMs, boolean afterReturn,
                             CancelCause cancelCause, String handle, String stateAtReturn, String finalState,
                             Double handleDoneMs, Double cancelRequestedMs, Double interruptedMs, BodyEnd body,
                             boolean io, Double wokeAtMs, JavaRunSpec run, boolean measured) {

    /** The task's story, as facts to be worded. */
    public Said words() {
        return JavaWords.of(this);
    }

    /** The shared report's row for this task (no semaphore, no process-pool job). */
    public TaskReport toTaskReport() {
        return new TaskReport(name, state, startMs, endMs, afterReturn, cancelCause, null, null, null);
    }
}
