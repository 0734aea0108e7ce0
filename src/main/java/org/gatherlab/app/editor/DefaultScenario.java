package org.gatherlab.app.editor;

import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;

import java.util.List;

/** What File ▸ New starts from: something a first-time user can run at once and then change. */
public final class DefaultScenario {
    private DefaultScenario() {}

    public static final String NAME = "Five downloads";
    public static final String DESCRIPTION = "Set one task's failureRate to 1, press Run, and compare the runs.";
    public static final long SEED = 42;

    public static Scenario create() {
        return new Scenario(NAME, DESCRIPTION, SEED, tasks(), runs());
    }

    /** Five I/O tasks, A–E, a few hundred milliseconds each. */
    public static List<TaskSpec> tasks() {
        return List.of(TaskSpec.io("A", 300), TaskSpec.io("B", 200), TaskSpec.io("C", 400),
                TaskSpec.io("D", 100), TaskSpec.io("E", 250));
    }

    /** The default comparison: {@code sequential}, {@code gather}, and {@code gather} with {@code cpu: processes} (4 workers). */
    public static List<RunSpec> runs() {
        return List.of(RunSpec.of(Strategy.SEQUENTIAL), RunSpec.of(Strategy.GATHER),
                RunSpec.of(Strategy.GATHER).withProcesses(RunSpec.DEFAULT_WORKERS));
    }
}
