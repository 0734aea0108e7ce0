package org.gatherlab.app.run;

import java.util.List;

import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.OnExit;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;

/** Named scenarios the comparison tests share. */
final class TypicalComparisons {
    private TypicalComparisons() {}

    /** The contract's example tasks under sequential, gather, and gather with a 2-process pool. */
    static Scenario contractExample() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 100).failing(),
                new TaskSpec("C", TaskKind.IO, 200, 0.25, 50.0, null), TaskSpec.cpu("D", 80));
        return new Scenario("One failure, three downloads", "", 42, tasks,
                List.of(RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.GATHER).withProcesses(2)));
    }

    /** Two failures: gather() raises the first and swallows the second; a TaskGroup cancels; teardown cancels. */
    static Scenario twoFailures() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 300).failing(), TaskSpec.io("B", 100).failing(), TaskSpec.io("C", 200));
        return Scenario.of("Two failures", tasks, List.of(
                RunSpec.of(Strategy.SEQUENTIAL),
                RunSpec.of(Strategy.GATHER),
                RunSpec.of(Strategy.GATHER).withReturnExceptions(true),
                RunSpec.of(Strategy.TASKGROUP),
                RunSpec.of(Strategy.GATHER).withOnExit(OnExit.CANCEL),
                RunSpec.of(Strategy.GATHER).withTimeoutMs(50.0)));
    }

    /** Three short real-time tasks: one fails, the others finish after the await raised. */
    static Scenario threeShortTasks() {
        return Scenario.of("Three short", List.of(TaskSpec.io("A", 60), TaskSpec.io("B", 30).failing(), TaskSpec.cpu("C", 20)),
                List.of(RunSpec.of(Strategy.GATHER)));
    }

    /** Long enough that only Stop ends it. */
    static Scenario tenSeconds() {
        return Scenario.of("Ten seconds", List.of(TaskSpec.io("A", 10_000), TaskSpec.cpu("B", 10_000)),
                List.of(RunSpec.of(Strategy.GATHER), RunSpec.of(Strategy.SEQUENTIAL)));
    }

    /** The same in Java, on named pool threads (a test can see that none outlives a Stop). */
    static Scenario tenSecondsInJava() {
        return Scenario.of("Ten seconds in Java", List.of(TaskSpec.io("A", 10_000), TaskSpec.cpu("B", 10_000)),
                List.of(RunSpec.of(Strategy.CF_ALLOF).withThreads(JavaThreads.PLATFORM).withCores(2), RunSpec.of(Strategy.INVOKE_ALL)));
    }
}
