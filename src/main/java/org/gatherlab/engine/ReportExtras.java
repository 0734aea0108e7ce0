package org.gatherlab.engine;

import java.util.Map;

/**
 * What a run family adds to its runs' reports beyond what the shared events say: for a Java run, the run's and each
 * task's {@code java} object ({@code src/site/markdown/java-strategies.md#report}). A Python run has none: its
 * report is its trace's alone. The family that made the trace attaches them, so every route from a trace to a report
 * ({@link Reports#of}) carries them.
 */
public interface ReportExtras {
    /** The run's own object, in report order. */
    Map<String, Object> runFields();

    /** The own object of the task at {@code index} (0-based, input order). */
    Map<String, Object> taskFields(int index);
}
