package org.gatherlab.engine;

import org.gatherlab.runs.Engine;
import java.util.List;

/** Test fixtures: run one strategy over tasks on the virtual clock. */
final class Runs {
    private Runs() {}

    static RunReport run(RunSpec run, TaskSpec... tasks) {
        Scenario s = Scenario.of("test", List.of(tasks), List.of(run));
        return Engine.runVirtual(s, run, TraceListener.NONE);
    }

    static TaskReport task(RunReport r, String name) {
        return r.tasks().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    static String describe(RunReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.label()).append(" returned ").append(r.returnedAtMs()).append(" settled ").append(r.settledAtMs())
          .append(" outcome ").append(r.outcome()).append(" order ").append(r.completionOrder()).append('\n');
        for (TaskReport t : r.tasks()) sb.append("  ").append(t).append('\n');
        return sb.toString();
    }
}
