package org.gatherlab.engine;

import java.util.Map;

/**
 * One task's fate in one run. Times are null when they do not apply ({@code not-started}, no semaphore,
 * no pool job). {@code java} is the task's Java object of {@code src/site/markdown/java-strategies.md#report}, null for
 * a Python run.
 */
public record TaskReport(String name, TaskState state, Double startMs, Double endMs, boolean afterReturn,
                         CancelCause cancelCause, Double permitMs, Double jobStartMs, Double jobEndMs,
                         Map<String, Object> java) {

    public TaskReport(String name, TaskState state, Double startMs, Double endMs, boolean afterReturn,
                      CancelCause cancelCause, Double permitMs, Double jobStartMs, Double jobEndMs) {
        this(name, state, startMs, endMs, afterReturn, cancelCause, permitMs, jobStartMs, jobEndMs, null);
    }

    public TaskReport withJava(Map<String, Object> v) {
        return new TaskReport(name, state, startMs, endMs, afterReturn, cancelCause, permitMs, jobStartMs, jobEndMs, v);
    }
}
