package org.gatherlab.app.editor;

import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Strategy;
import org.gatherlab.engine.TaskSpec;

import java.util.List;

/** What File ▸ New starts from: something a first-time user can run at once and then change. */
public final class DefaultScenario {
    private DefaultScenario() {}

    public static final long SEED = 42;

    /** The starter scenario, its name and description in English. */
    public static Scenario create() { return create(Words.english()); }

    /** The starter scenario, its name and description in the app's language (they are the file's own text). */
    public static Scenario create(Words w) {
        return new Scenario(w.text("editor.defaultName"), w.text("editor.defaultDescription"), SEED, tasks(), runs());
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
