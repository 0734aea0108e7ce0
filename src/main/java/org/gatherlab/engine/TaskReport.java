package org.gatherlab.engine;

/**
 * One task's fate in one run. Times are null when they do not apply ({@code not-started}, no semaphore,
 * no pool job).
 */
public record TaskReport(String name, TaskState state, Double startMs, Double endMs, boolean afterReturn,
                         CancelCause cancelCause, Double permitMs, Double jobStartMs, Double jobEndMs) {
}
