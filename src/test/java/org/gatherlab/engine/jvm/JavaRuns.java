package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.TaskState;
import org.gatherlab.engine.VirtualClock;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fixtures for exact virtual-time Java runs: run a spec over tasks, and assert a task's fate in one line. */
final class JavaRuns {
    private JavaRuns() {}

    static final JavaRunSpec ALL_OF = JavaRunSpec.of(JavaApi.CF_ALLOF);
    static final JavaRunSpec ANY_OF = JavaRunSpec.of(JavaApi.CF_ANYOF);
    static final JavaRunSpec INVOKE_ALL = JavaRunSpec.of(JavaApi.INVOKE_ALL);
    static final JavaRunSpec INVOKE_ANY = JavaRunSpec.of(JavaApi.INVOKE_ANY);
    static final JavaRunSpec OPEN = JavaRunSpec.of(JavaApi.STRUCTURED);

    static JavaRun run(JavaRunSpec spec, TaskSpec... tasks) {
        return JavaSimulation.run(List.of(tasks), 0, spec, new VirtualClock(), e -> { });
    }

    static JavaRun run(JavaRunSpec spec, long seed, List<TaskSpec> tasks) {
        return JavaSimulation.run(tasks, seed, spec, new VirtualClock(), e -> { });
    }

    /** A sentence kept as facts, in the reports' English. */
    static String english(Said s) { return org.gatherlab.report.OutcomeWords.english().said(s); }

    static JavaOutcome threw(String exception, String cause, String task) {
        return new JavaOutcome.Threw(exception, cause, task);
    }

    static void assertTask(JavaRun r, String name, TaskState state, Double start, Double end, boolean afterReturn,
                           CancelCause cause, String javaState) {
        JavaTaskResult t = r.task(name);
        assertEquals(state, t.state(), name + " state: " + t.words());
        assertEquals(start, t.startMs(), name + " start: " + t.words());
        assertEquals(end, t.endMs(), name + " end: " + t.words());
        assertEquals(afterReturn, t.afterReturn(), name + " afterReturn: " + t.words());
        assertEquals(cause, t.cancelCause(), name + " cancelCause: " + t.words());
        assertEquals(javaState, t.finalState(), name + " Java state: " + t.words());
    }
}
