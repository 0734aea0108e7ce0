package org.gatherlab.engine;

import java.util.List;
import java.util.Map;

/**
 * The contract's section 4 for one run. {@code options} is ordered and holds only what applies to the
 * strategy; {@code trace} is the full event trace the report was derived from.
 */
public record RunReport(String label, RunSpec run, Map<String, Object> options, double returnedAtMs, double settledAtMs,
                        Outcome outcome, List<String> completionOrder, List<TaskReport> tasks, Trace trace) {
    public Strategy strategy() { return run.strategy(); }
}
