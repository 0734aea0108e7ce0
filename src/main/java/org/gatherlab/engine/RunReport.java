package org.gatherlab.engine;

import java.util.List;
import java.util.Map;

/**
 * The contract's report ({@code src/site/markdown/scenario-contract.md#report-run}) for one run. {@code options} is
 * ordered and holds only what applies to the
 * strategy; {@code trace} is the full event trace the report was derived from. {@code java} is the run's Java object
 * of {@code src/site/markdown/java-strategies.md#report} (with {@code blockExitMs}), null for a Python run.
 */
public record RunReport(String label, RunSpec run, Map<String, Object> options, double returnedAtMs, double settledAtMs,
                        Outcome outcome, List<String> completionOrder, List<TaskReport> tasks, Trace trace,
                        Map<String, Object> java) {

    public RunReport(String label, RunSpec run, Map<String, Object> options, double returnedAtMs, double settledAtMs,
                     Outcome outcome, List<String> completionOrder, List<TaskReport> tasks, Trace trace) {
        this(label, run, options, returnedAtMs, settledAtMs, outcome, completionOrder, tasks, trace, null);
    }

    public Strategy strategy() { return run.strategy(); }

    /** When the Java run's try block ended (the executor's or scope's {@code close()}); null for a Python run. */
    public Double blockExitMs() {
        return java != null && java.get("blockExitMs") instanceof Number n ? n.doubleValue() : null;
    }
}
