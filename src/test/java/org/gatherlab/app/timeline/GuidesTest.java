package org.gatherlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;
import org.junit.jupiter.api.Test;

/** The ideal totals come from the task durations alone. */
class GuidesTest {
    private static final List<TaskSpec> MIXED = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 100), TaskSpec.cpu("C", 80), TaskSpec.cpu("D", 80));

    private static List<String> labels(List<TaskSpec> tasks, RunSpec run) {
        return Guides.of(tasks, run).stream().map(Guides.Guide::label).toList();
    }

    @Test void sequentialIsHeldAgainstTheSumOfDurations() {
        assertEquals(List.of("Σ d = 560 ms"), labels(MIXED, RunSpec.of(Strategy.SEQUENTIAL)));
    }

    @Test void concurrentRunsAgainstTheLongestTaskAndTheLoopsCpuWork() {
        assertEquals(List.of("max d = 300 ms", "Σ cpu = 160 ms"), labels(MIXED, RunSpec.of(Strategy.GATHER)));
    }

    @Test void aProcessPoolAgainstCeilOfJobsOverWorkersTimesTheirDuration() {
        List<TaskSpec> jobs = List.of(TaskSpec.cpu("A", 100), TaskSpec.cpu("B", 100), TaskSpec.cpu("C", 100), TaskSpec.cpu("D", 100), TaskSpec.cpu("E", 100));
        assertEquals(List.of("max d = 100 ms", "ceil(5/2) × 100 = 300 ms"), labels(jobs, RunSpec.of(Strategy.GATHER).withProcesses(2)));
        assertEquals(List.of("max d = 300 ms", "ceil(2/2) × 80 = 80 ms"), labels(MIXED, RunSpec.of(Strategy.TASKGROUP).withProcesses(2)));
    }

    @Test void unequalJobsGetALowerBound() {
        List<TaskSpec> jobs = List.of(TaskSpec.cpu("A", 100), TaskSpec.cpu("B", 300), TaskSpec.cpu("C", 200));
        // max(longest, Σ cpu / 2) = 300 coincides with max d: one line, both names.
        assertEquals(List.of("max d = max(longest, Σ cpu / 2) = 300 ms"), labels(jobs, RunSpec.of(Strategy.GATHER).withProcesses(2)));
    }

    @Test void aSemaphoreLimitIsLikeAPool() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 50), TaskSpec.io("B", 50), TaskSpec.io("C", 50));
        assertEquals(List.of("max d = 50 ms", "ceil(3/2) × 50 = 100 ms"), labels(tasks, RunSpec.of(Strategy.GATHER).withLimit(2)));
    }
}
